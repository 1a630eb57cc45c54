#!/usr/bin/env python3
"""Formats bench/run's raw measures (results.tsv) as Markdown tables, in French (they go into BENCHMARKS.md):
report.py RESULTS.tsv [LOAD-BEFORE LOAD-AFTER]."""
import json
import sys

rows, pages, specimen_pages, lines, qr, files, floor = [], {}, {}, {}, {}, {}, {}
for raw in open(sys.argv[1], encoding="utf-8"):
    f = raw.rstrip("\n").split("\t")
    if f[0] == "pages":
        pages[f[1]] = f[2]
    elif f[0] == "specimen-pages":
        specimen_pages[f[1]] = f[2]
    elif f[0] == "linestats":
        lines[f[1]] = json.loads(f[2])
    elif f[0] == "qr":
        qr[f[1]] = f[2]
    elif f[0] == "files":
        files[f[1]] = f[2]
    elif f[0] == "floor":  # CPU per certificate of Cairo alone (bench/floor/certificate.c)
        floor[f[1]] = dict(ms=float(f[2]), units=int(f[5]))
    else:
        rows.append(dict(case=f[0], tool=f[1], time=float(f[2]), peak=int(f[3]) / 1024, cpu=float(f[4]),
                         units=int(f[5]), runs=int(f[6])))


def get(case, tool):
    return next((r for r in rows if r["case"] == case and r["tool"] == tool), None)


def decimal(x, digits):
    """A number as French prose writes it (decimal comma), the same on every machine (no locale)."""
    return f"{x:.{digits}f}".replace(".", ",")


def thousands(n):
    """An integer with a narrow no-break space between thousands, as French prose writes it."""
    return f"{n:,}".replace(",", "\u202f")


def seconds(t):
    return f"{t * 1000:.0f} ms" if t < 1 else f"{decimal(t, 2)} s"


TITLES = {"a": "(a) un certificat, processus entier",
          "b": "(b) 1\u202f000 certificats en un lot\u00a0: un fichier chacun + le fichier d’impression fusionné",
          "c": "(c) un dossier de 100 pages (tableau de 300 formations, longs textes de critères)",
          "specimen": "issue 2\u00a0: le spécimen de texte d’environ 60 pages"}
print("| cas | outil | passages | temps médian | CPU (user+sys) | pic de mémoire | ldm / l’autre (temps) |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
for case in ("a", "b", "c", "specimen"):
    ours = get(case, "ldm")
    for tool in ("ldm", "typst", "typst-fast", "reportlab", "weasyprint"):
        r = get(case, tool)
        if not r:
            continue
        label = {"ldm": "**ldm**", "typst": "typst, une compilation par fichier" if case == "b" else "typst",
                 "typst-fast": "typst, route la plus rapide (un document de tous les certificats, puis `qpdf --split-pages`)"}.get(tool, tool)
        if case == "b" and tool in files:
            label += f", {files[tool]} fichiers"
        n = f" ({r['units']} certificats)" if case == "b" and ours and r["units"] != ours["units"] else ""
        extra = ""
        if case in ("c",) and tool in pages:
            extra = f", {pages[tool]} pages"
        if case == "specimen" and tool in specimen_pages:
            extra = f", {specimen_pages[tool]} pages"
        ratio = ""
        if ours and tool != "ldm":
            # Per unit of work, where a slow peer did a smaller share (WeasyPrint in case b).
            ratio = decimal((ours['time'] / ours['units']) / (r['time'] / r['units']), 2)
            if r["units"] != ours["units"]:
                ratio += " (par certificat)"
        print(f"| {TITLES[case] if tool == 'ldm' else ''} | {label}{n}{extra} | {r['runs']} | {seconds(r['time'])} | "
              f"{seconds(r['cpu'])} | {r['peak']:.0f} Mio | {ratio} |")

d = get("d", "ldm")
if d:
    print(f"\n(d) {thousands(d['units'])} certificats en un lot (`--only certificat`), 1 passage\u00a0: **pic {decimal(d['peak'], 1)} Mio** "
          f"({thousands(round(d['peak'] * 1024))} Kio), "
          f"{seconds(d['time'])} ({decimal(d['time'] / d['units'] * 1000, 1)} ms par certificat, CPU {seconds(d['cpu'])}).", end="")
    rerun = get("d-rerun", "ldm")
    if rerun:
        print(f" Relancé dans le dossier qu’il a rempli (le manifeste précédent lu, chaque fichier remplacé)\u00a0: "
              f"**pic {decimal(rerun['peak'], 1)} Mio** ({thousands(round(rerun['peak'] * 1024))} Kio), {seconds(rerun['time'])}.", end="")
    print()

growth = [get(c, "ldm") for c in ("e1", "b", "e2", "e3", "d")]
growth = sorted({r["units"]: r for r in growth if r}.items())
if floor:
    own, long = floor.get("cairo-own-file"), floor.get("cairo-long-file")
    print(f"\nPlancher de Cairo (bench/floor/certificate.c, le certificat dessiné par cairo seul, {thousands((own or long)['units'])} "
          "certificats, médiane des passages, CPU)\u00a0:", end="")
    if own:
        print(f" **{decimal(own['ms'], 2)} ms** par certificat dans son propre fichier\u00a0;", end="")
    if long:
        print(f" **{decimal(long['ms'], 2)} ms** comme page d’un seul long fichier.", end="")
    # ldm's case b run by turns with the floor (bench/run), else case b itself.
    paired = get("floor-ldm", "ldm")
    b = paired or get("b", "ldm")
    if own and long and b:
        per = b["cpu"] / b["units"] * 1000
        turns = ", passé à tour de rôle avec le plancher," if paired else ""
        print(f" Le cas b de ldm (un fichier chacun et le fichier d’impression){turns} prend {decimal(per, 2)} ms de CPU par certificat\u00a0: "
              f"**{decimal(per / (own['ms'] + long['ms']), 2)} ×** le plancher du même travail ({decimal(own['ms'] + long['ms'], 2)} ms).", end="")
    print()

finishing = [(c, get(f"finish-{c}", "none"), get(f"finish-{c}", "pdfa"), get(f"finish-{c}", "signed")) for c in "abc"]
finishing = [f for f in finishing if f[1] and f[2]]
if finishing:
    print("\nCe qu’ajoute la finition (issue 17\u00a0; ldm seul, à tour de rôle)\u00a0: tel que cairo l’écrit (`--pdfa none`), fini en PDF/A-1b "
          "avec la structure PDF/UA (par défaut), et signé (PAdES-B-B, clé de démonstration\u00a0; le dossier n’est jamais signé)\u00a0:\n")
    print("| cas | passages | fichier de cairo | + PDF/A-1b et PDF/UA | + signature |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for case, none, pdfa, signed in finishing:
        def added(r, base):
            return f"{seconds(r['time'])} (+{(r['time'] - base['time']) / base['time'] * 100:.0f}\u00a0%)"
        title = TITLES[case].split("\u00a0:")[0]
        print(f"| {title} | {none['runs']} | {seconds(none['time'])} | {added(pdfa, none)} | "
              f"{added(signed, pdfa) if signed else '–'} |")

if qr:
    print("\nCode QR du certificat du cas (a) relu par zbarimg\u00a0: "
          + ", ".join(f"{t} {'juste' if v == 'ok' else '**faux**'}" for t, v in qr.items()) + ".")

if growth:
    print("\n(e) croissance d’un lot, certificats seuls (`ldm batch --only certificat`\u00a0; même générateur et même graine\u00a0; la ligne 1\u202f000 est le cas b)\u00a0:\n")
    print("| certificats | passages | temps | par certificat | CPU | pic de mémoire |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for n, r in growth:
        print(f"| {thousands(n)} | {r['runs']} | {seconds(r['time'])} | {decimal(r['time'] / n * 1000, 2)} ms | {seconds(r['cpu'])} | {r['peak']:.0f} Mio |")

if lines:
    print("\nissue 8\u00a0: coupure des lignes du texte courant du dossier (Noto Sans 10,5 pt, justification de 470,6 pt)\u00a0:\n")
    print("| | fins de ligne coupées | plus longue suite de lignes coupées | plus grand étirement des espaces (p99) | mots qui débordent | lignes du corps (pleines) | temps |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    timing = {"ldm-total-fit": get("lines-totalfit", "ldm"), "ldm-greedy": get("lines-greedy", "ldm"), "typst": get("c", "typst")}
    for name, s in lines.items():
        t = timing.get(name)
        print(f"| {name} | {s['hyphenated']} | {s['hyphen_runs_max']} | {str(s['stretch_max']).replace('.', ',')} ({str(s['stretch_p99']).replace('.', ',')}) | "
              f"{s['overfull']} | {s['lines']} ({s['full_lines']}) | {seconds(t['time']) if t else ''} |")

if len(sys.argv) > 3:
    print(f"\nCharge avant\u00a0: `{open(sys.argv[2]).read().strip()}`\u00a0; après\u00a0: `{open(sys.argv[3]).read().strip()}`")
