#!/usr/bin/env python3
"""Checks data files against ldm's JSON Schemas (the side of the schema tests that needs jsonschema).

validate SCHEMA_DIR KIND=FILE...   prints {"FILE": ["error", ...]} (an empty list when valid)
mutate SCHEMA_DIR CAMPAIGN OUT     writes into OUT one copy of CAMPAIGN per mutation of its campagne.yaml
                                   and of dossiers/0060034E.yaml (a required key removed, an unknown key
                                   added), and prints [{"folder", "file", "change", "key", "schema_errors"}]
Dates are read as text, as editors' YAML support and ldm read them."""
import copy, json, os, shutil, sys
import jsonschema, yaml


class TextDates(yaml.SafeLoader):
    pass


# No timestamp resolver: 2026-03-14 stays the text it is in the file.
TextDates.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(path):
    with open(path, encoding="utf-8-sig") as handle:
        return yaml.load(handle, Loader=TextDates)


def schema(folder, kind):
    with open(os.path.join(folder, kind + ".schema.json"), encoding="utf-8") as handle:
        return json.load(handle)


def errors(folder, kind, data):
    validator = jsonschema.Draft7Validator(schema(folder, kind))
    return sorted("/".join(map(str, e.absolute_path)) + ": " + e.message for e in validator.iter_errors(data))


def mappings(node, path=()):
    """Every mapping of the data with the part of the schema that describes it."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from mappings(value, path + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from mappings(value, path + (index,))


def subschema(root, path):
    """The object schema for a data path, following properties, items and criterion ids."""
    node = root
    for step in path:
        if "anyOf" in node:
            node = next(option for option in node["anyOf"] if option.get("type") in ("array", "object"))
        if isinstance(step, int):
            node = node["items"]
        elif step in node.get("properties", {}):
            node = node["properties"][step]
        else:
            node = node["additionalProperties"]
    if "anyOf" in node:
        node = next(option for option in node["anyOf"] if option.get("type") == "object")
    return node


def mutate(folder, campaign, out):
    results = []
    targets = [("campagne", "campagne.yaml"), ("dossier", "dossiers/0060034E.yaml")]
    for kind, relative in targets:
        original = load(os.path.join(campaign, relative))
        root = schema(folder, kind)
        for path, mapping in list(mappings(original)):
            changes = [("removed", key) for key in subschema(root, path).get("required", []) if key in mapping]
            changes.append(("added", "cle_inconnue"))
            for change, key in changes:
                data = copy.deepcopy(original)
                target = data
                for step in path:
                    target = target[step]
                if change == "removed":
                    del target[key]
                else:
                    target[key] = "valeur"
                copy_folder = os.path.join(out, str(len(results)), os.path.basename(campaign))
                shutil.copytree(campaign, copy_folder)
                with open(os.path.join(copy_folder, relative), "w", encoding="utf-8") as handle:
                    yaml.safe_dump(data, handle, allow_unicode=True, sort_keys=False)
                results.append({"folder": copy_folder, "file": relative, "change": change, "key": key,
                                "path": ".".join(map(str, path)), "schema_errors": len(errors(folder, kind, data))})
    print(json.dumps(results))


if __name__ == "__main__":
    if sys.argv[1] == "validate":
        report = {}
        for argument in sys.argv[3:]:
            kind, path = argument.split("=", 1)
            report[path] = errors(sys.argv[2], kind, load(path))
        print(json.dumps(report))
    else:
        mutate(sys.argv[2], sys.argv[3], sys.argv[4])
