#!/usr/bin/env python3
"""Seeded generator of a benchmark campaign in ldm's data format (shared DATA-FORMAT.md), and of the
same content for the peer tools (Typst, WeasyPrint, ReportLab). Python 3 standard library only.

    generate.py OUT (--schools N | --certificates K) [--seed S] [--big]

writes
    OUT/campagne.yaml, OUT/logo.svg, OUT/dossiers/<UAI>.yaml   N distinct schools, all decided
    OUT/peers/certificats.json                                  the certificates' content, UAI order
    OUT/peers/logo.svg                                          the same logo
with --big, also one more school whose dossier runs to about 100 pages (300 formations, long criteria
texts) and its content as blocks for the peers:
    OUT/dossiers/<UAI>.yaml, OUT/peers/dossier.json, OUT/big-uai.txt
Every school differs: name, town, wording, formation table (2 to 14 rows), criteria texts (1 to 2
paragraphs of 2 to 4 sentences each), partners, people, dates.
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import frenchtext as ft  # noqa: E402

UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre"]
NNBSP = "\u202f"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Date(dt.date):
    """A date written bare (unquoted) in YAML."""


def d(y, m, day):
    return Date(y, m, day)


def uai(number):
    return f"{number:07d}{UAI_LETTERS[number % 23]}"


# ---------------------------------------------------------------- a small YAML writer

def scalar(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Date):
        return v.isoformat()
    if isinstance(v, int):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def emit(value, indent=0):
    """Lines of YAML for a mapping or a sequence at `indent`."""
    pad = " " * indent
    lines = []
    if isinstance(value, dict):
        for key, v in value.items():
            if isinstance(v, str) and "\n" in v:
                lines.append(f"{pad}{key}: |")
                lines += [f"{pad}  {line}" if line else "" for line in v.split("\n")]
            elif isinstance(v, dict):
                if all(not isinstance(x, (dict, list)) and not (isinstance(x, str) and "\n" in x) for x in v.values()) \
                        and len(v) <= 4:
                    flow = ", ".join(f"{k}: {scalar(x)}" for k, x in v.items())
                    lines.append(f"{pad}{key}: {{ {flow} }}")
                else:
                    lines.append(f"{pad}{key}:")
                    lines += emit(v, indent + 2)
            elif isinstance(v, list):
                if all(not isinstance(x, (dict, list)) for x in v):
                    lines.append(f"{pad}{key}: [{', '.join(scalar(x) for x in v)}]")
                else:
                    lines.append(f"{pad}{key}:")
                    lines += emit(v, indent + 2)
            else:
                lines.append(f"{pad}{key}: {scalar(v)}")
    else:
        for item in value:
            sub = emit(item, indent + 2)
            sub[0] = f"{pad}- " + sub[0][indent + 2:]
            lines += sub
    return lines


# ---------------------------------------------------------------- French formatting (as the templates do)

def date_fr(day):
    return f"{'1er' if day.day == 1 else day.day} {MOIS[day.month - 1]} {day.year}"


def date_num(day):
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def nombre(n):
    s = str(n)
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return NNBSP.join(groups)


def add_years(day, years):
    """The last day of validity: `years` after `day`, the day before."""
    try:
        end = day.replace(year=day.year + years)
    except ValueError:
        end = day.replace(year=day.year + years, day=28)
    return end - dt.timedelta(days=1)


def certificate_code(fields):
    digest = hashlib.sha256("\n".join(fields).encode()).digest()
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    bits = value = 0
    chars = []
    for byte in digest:
        value = (value << 8) | byte
        bits += 8
        while bits >= 5 and len(chars) < 10:
            bits -= 5
            chars.append(alphabet[(value >> bits) & 31])
        if len(chars) == 10:
            break
    s = "".join(chars)
    return f"{s[:4]}-{s[4:8]}-{s[8:]}"


def french(text):
    """French spacing as ldm's templates apply it (Templates/FrenchTypography.swift), so that the peers
    get the same characters: a narrow no-break space before ; ! ? %, a no-break space before : and inside « »."""
    for a, b in ((" ;", "\u202f;"), (" !", "\u202f!"), (" ?", "\u202f?"), (" %", "\u202f%"), (" :", "\u00a0:"),
                 ("« ", "«\u00a0"), (" »", "\u00a0»"), ("n° ", "n°\u202f")):
        text = text.replace(a, b)
    return text


def french_blocks(value):
    if isinstance(value, str):
        return french(value)
    if isinstance(value, list):
        return [french_blocks(v) for v in value]
    if isinstance(value, dict):
        return {k: (v if k in ("t", "style") else french_blocks(v)) for k, v in value.items()}
    return value


def starts_with_vowel(text):
    return text[:1].lower() in "aeiouyàâéèêëîïôöùûüh"


# ---------------------------------------------------------------- the campaign

CAMPAIGN = {
    "format": "ldm/1", "campagne": "2026-2027", "region_academique": "Provence-Alpes-Côte d'Azur",
    "academie": "Nice", "referentiel": "national-2023", "lieu": "Nice",
    "signataire": {"civilite": "Mme", "prenom": "Hélène", "nom": "Marchetti",
                   "titre": "La rectrice de l'académie de Nice, chancelière des universités",
                   "delegation": True, "autorite": "le recteur de la région académique Provence-Alpes-Côte d'Azur"},
    "groupe_regional": {"nom": "Groupe académique « lycée des métiers » de l'académie de Nice",
                        "president": {"civilite": "M.", "prenom": "Olivier", "nom": "Bertrand",
                                      "qualite": "Délégué académique à la formation professionnelle initiale et continue"}},
    "logo": "logo.svg",
    "verification": "https://label.ac-nice.example.fr/verifier/{code}",
}

# A plain vector logo (no text, so that no tool needs a font for it): the same file for every tool.
LOGO = """<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120">
<rect x="0" y="0" width="300" height="120" fill="#ffffff"/>
<rect x="10" y="10" width="30" height="100" fill="#000091"/>
<rect x="40" y="10" width="30" height="100" fill="#ffffff" stroke="#cccccc"/>
<rect x="70" y="10" width="30" height="100" fill="#e1000f"/>
<rect x="120" y="30" width="170" height="14" fill="#000091"/>
<rect x="120" y="56" width="140" height="10" fill="#3a3a3a"/>
<rect x="120" y="76" width="155" height="10" fill="#3a3a3a"/>
</svg>
"""


def criteria_set():
    """(id, intitulé) of the national-2023 criteria, read from the project's file."""
    text = open(os.path.join(ROOT, "templates/criteres/national-2023.yaml"), encoding="utf-8").read()
    return re.findall(r'- id: (\w+)\n\s+intitule: "([^"]*)"', text)


class School:
    """One generated school: its data (as written to YAML) and what the documents print."""

    def __init__(self, rng, number, name, town, index, criteria, big=False):
        self.rng = rng
        commune, cp, _ = town
        self.uai = uai(number)
        nature = rng.choice(["LP", "LP", "LPO", "LPO", "EREA", "LEA"]) if not big else "LPO"
        statut = "public" if rng.random() < 0.85 else "prive_sous_contrat"
        renewal = rng.random() < 0.3 and not big
        domains = rng.sample(ft.DOMAINES, rng.choice([1, 2, 2, 3]) if not big else 6)
        intitule = "Lycée des métiers " + self.join_fr([dom for dom, _ in domains[:3]])
        self.data = {"format": "ldm/1", "type": "renouvellement" if renewal else "candidature"}
        chef = ft.personne(rng)
        self.data["etablissement"] = {
            "uai": self.uai, "nom": name, "nature": nature, "statut": statut,
            "adresse": {"voie": f"{rng.randint(1, 250)} {rng.choice(ft.VOIES_RUE)} {rng.choice(ft.NOMS_RUE)}",
                        "code_postal": cp, "commune": commune},
            "chef_etablissement": chef,
            "ddfpt": ft.personne(rng),
            "referent": dict(ft.personne(rng), qualite=rng.choice(
                ["Professeure de lettres-histoire, référente du label", "Professeur de génie mécanique",
                 "Conseillère principale d'éducation", "Professeur d'économie-gestion, référent du label"])),
        }
        label = {"intitule": intitule,
                 "ensemble_de_metiers": ft.texte(rng, 1, 2, 2, 3) if not big else ft.texte(rng, 6, 8, 4, 7)}
        if renewal:
            previous = "Lycée des métiers " + self.join_fr([dom for dom, _ in domains[:max(1, len(domains) - 1)]])
            if rng.random() < 0.5:
                previous = intitule
            label["precedent"] = {"intitule": previous, "date_decision": d(2021, 6, rng.randint(1, 28)),
                                  "date_fin": d(2026, 8, 31)}
        self.data["label"] = label

        # Formations: 2 to 14 rows, 300 for the big dossier.
        rows = rng.randint(2, 14) if not big else 300
        # Distinct (diploma, speciality) pairs: ldm rejects a formation listed twice.
        pool = domains if not big else ft.DOMAINES
        seen = set()
        formations = []
        while len(formations) < rows:
            diplome, niveau = rng.choice(ft.DIPLOMES)
            specialite = rng.choice(pool[len(formations) % len(pool)][1])
            if (diplome, specialite) in seen:
                continue
            seen.add((diplome, specialite))
            voies = [v for v in ["scolaire", "apprentissage", "formation_continue", "vae"] if rng.random() < 0.5] \
                or ["scolaire"]
            row = {"diplome": diplome, "specialite": specialite}
            if rng.random() < 0.7:
                row["cfd"] = f"{rng.randint(10000000, 59999999)}"
            row["niveau"] = niveau
            row["voies"] = voies
            row["effectifs"] = {v: rng.randint(1, 96) for v in voies}
            formations.append(row)
        self.data["formations"] = formations

        kinds = ["entreprise", "branche_professionnelle", "collectivite", "college", "cfa",
                 "enseignement_superieur", "association", "etablissement_etranger"]
        self.data["partenariats"] = [
            dict({"nom": f"{rng.choice(['Entreprise', 'Union des métiers', 'Association', 'Communauté de communes', 'Collège', 'CFA'])} "
                         f"{rng.choice(ft.NOMS)}{'' if rng.random() < 0.5 else ' ' + rng.choice(ft.NOMS)}",
                  "type": rng.choice(kinds), "objet": ft.phrase(rng)},
                 **({"convention": d(rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))}
                    if rng.random() < 0.7 else {}))
            for _ in range(rng.randint(1, 5) if not big else 12)]
        self.data["services_entreprises"] = [
            {"intitule": rng.choice(["Plateau technique ouvert aux entreprises", "Accompagnement à la VAE",
                                     "Formations courtes pour les salariés", "Prêt d'équipements",
                                     "Diagnostic énergétique des locaux professionnels"]),
             "description": ft.paragraphe(rng, 1, 2)} for _ in range(rng.randint(0, 3) if not big else 4)]

        refused = rng.random() < 0.1 and not renewal and not big
        self.criteres = []
        answers = {}
        for cid, title in criteria:
            if big:
                answer = {"etat_des_lieux": ft.texte(rng, 30, 34, 4, 7)}
            else:
                answer = {"etat_des_lieux": ft.texte(rng, 1, 2, 1, 3)}
            if rng.random() < 0.5 or big:
                answer["preuves"] = rng.sample(ft.PREUVES, rng.randint(1, 4))
            if rng.random() < 0.5 or big:
                answer["indicateurs"] = [{"libelle": lib, "valeur": f"{rng.randint(5, 98)} %",
                                          "cible": f"{rng.randint(50, 100)} %"}
                                         for lib in rng.sample(ft.INDICATEURS, rng.randint(1, 3))]
            answer["auto_evaluation"] = rng.choice(["point_fort", "satisfait", "satisfait", "partiellement_satisfait"])
            if rng.random() < 0.5 or big:
                answer["axes_de_progres"] = ft.paragraphe(rng, 1, 2) if not big else ft.texte(rng, 5, 6, 4, 6)
            answers[cid] = answer
            self.criteres.append((cid, title, answer))
        self.data["criteres"] = answers
        self.data["plan_actions"] = [
            {"action": ft.phrase(rng)[:-1], "echeance": d(rng.randint(2027, 2030), 6, 30),
             "indicateur": rng.choice(ft.INDICATEURS), "responsable": rng.choice(["Proviseur", "DDFPT", "CPE", "Référent du label"])}
            for _ in range(rng.randint(1, 5) if not big else 10)]
        ca = d(2026, 1, rng.randint(5, 30))
        self.data["conseil_administration"] = {"date": ca, "deliberation": f"2026-{rng.randint(1, 40):02d}",
                                               "votes": {"pour": rng.randint(15, 30), "contre": rng.randint(0, 2),
                                                         "abstention": rng.randint(0, 4)}}
        signed = d(2026, 2, rng.randint(1, 27))
        self.data["signature"] = {"lieu": commune, "date": signed}

        avis = rng.choice(["defavorable", "ajournement"]) if refused else rng.choice(["favorable", "favorable", "favorable_avec_reserves"])
        visit = d(2026, 3, rng.randint(2, 30))
        evaluated = d(2026, 4, rng.randint(1, 28))
        self.data["evaluation"] = {
            "auditeurs": [dict(ft.personne(rng), qualite=q) for q in
                          ["IEN économie-gestion", "Représentant de la branche professionnelle"][:rng.randint(1, 2)]],
            "date_visite": visit,
            "documents_examines": rng.sample(ft.PREUVES, 2),
            "criteres": {cid: self.appreciation(rng, refused and i % 3 == 0) for i, (cid, _) in enumerate(criteria)},
            "synthese": ft.paragraphe(rng, 2, 3),
            "avis": avis,
            "date": evaluated,
        }
        decided = d(2026, 6, rng.randint(8, 26))
        if refused:
            issue = "refus"
        elif renewal:
            issue = "renouvellement" if label["precedent"]["intitule"] == intitule else "renouvellement_avec_modification"
        else:
            issue = "attribution"
        decision = {"numero": f"2026-LDM-{index + 1:05d}", "date": decided, "issue": issue}
        start = d(2026, 9, 1)
        if issue != "refus":
            decision["debut"] = start
        decision["avis_caen"] = d(2026, 6, rng.randint(1, 7))
        self.data["decision"] = decision
        self.granted = issue != "refus"
        self.start, self.decided, self.issue = start, decided, issue

    @staticmethod
    def appreciation(rng, unmet):
        level = "non_satisfait" if unmet else rng.choice(["point_fort", "satisfait", "satisfait", "partiellement_satisfait"])
        result = {"appreciation": level, "constats": ft.phrase(rng)}
        # A partial or unmet criterion gets recommendations (ldm warns otherwise).
        if level in ("partiellement_satisfait", "non_satisfait") or rng.random() < 0.2:
            result["recommandations"] = ft.phrase(rng)
            result["echeance"] = d(2027, 6, 30)
        return result

    @staticmethod
    def join_fr(parts):
        return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " et " + parts[-1]

    def yaml(self):
        return "\n".join(emit(self.data)) + "\n"

    # ------------------------------------------------ what the certificate prints (certificat.xml)
    def certificate(self):
        e, label, dec = self.data["etablissement"], self.data["label"], self.data["decision"]
        end = add_years(self.start, 5)
        number = f"CLM-2026-{self.uai}"
        code = certificate_code([number, self.uai, e["nom"], label["intitule"], self.start.isoformat(),
                                 end.isoformat(), dec["numero"], dec["date"].isoformat(), CAMPAIGN["academie"]])
        s = CAMPAIGN["signataire"]
        suffix = {"renouvellement": " (renouvellement)",
                  "renouvellement_avec_modification": " (renouvellement avec modification de l'intitulé)"}.get(self.issue, "")
        return {
            "uai": self.uai,
            "emetteur": [f"Région académique {CAMPAIGN['region_academique']}", "Académie de Nice"],
            "label": "Label « lycée des métiers »",
            "delivre": f"est délivré {'à l’' if starts_with_vowel(e['nom']) else 'au'}".replace("à l’", "à l'"),
            "etablissement": e["nom"],
            "ligne": f"{e['adresse']['commune']} – UAI {self.uai}",
            "sous": "sous l'intitulé",
            "intitule": label["intitule"],
            "periode": f"pour la période du {date_fr(self.start)} au {date_fr(end)}",
            "reference": f"Décision n° {dec['numero']} du {date_fr(dec['date'])}{suffix}",
            "numero": f"Certificat n° {number}",
            "qr": CAMPAIGN["verification"].replace("{code}", code),
            "code": code,
            "fait": f"Fait à {CAMPAIGN['lieu']}, le {date_fr(dec['date'])}",
            "delegation": f"Pour {s['autorite']} et par délégation,",
            "titre": s["titre"],
            "signataire": f"{s['prenom']} {s['nom']}",
        }

    # ------------------------------------------------ what the dossier prints (dossier.xml), as neutral blocks
    def dossier_blocks(self):
        e, label = self.data["etablissement"], self.data["label"]
        renewal = self.data["type"] == "renouvellement"
        kind = "Dossier de renouvellement" if renewal else "Dossier de candidature"
        chef = e["chef_etablissement"]
        chef_titre = "Proviseure" if chef["civilite"] == "Mme" else "Proviseur"
        full = lambda p: f"{p['civilite']} {p['prenom']} {p['nom']}"  # noqa: E731
        B = []
        P = lambda text, style="body": B.append({"t": "p", "style": style, "text": text})  # noqa: E731
        H = lambda level, text: B.append({"t": "h", "level": level, "text": text})  # noqa: E731

        def markdown(text):
            for para in text.split("\n\n"):
                P(para.replace("\n", " "))

        B.append({"t": "logo"})
        P(f"Région académique\n{CAMPAIGN['region_academique']}", "emetteur")
        P("Académie de Nice", "emetteur")
        P("Délégation académique à la formation professionnelle initiale et continue", "service")
        B.append({"t": "spacer", "h": 90.7})
        P("Label « lycée des métiers » – campagne 2026-2027", "couverture-type")
        P(kind, "couverture-titre")
        B.append({"t": "rule"})
        B.append({"t": "spacer", "h": 22.7})
        P(e["nom"], "couverture-etablissement")
        P(f"{e['adresse']['code_postal']} {e['adresse']['commune']} – UAI {self.uai}", "couverture-ligne")
        B.append({"t": "spacer", "h": 22.7})
        P("Intitulé demandé", "couverture-ligne")
        P(f"« {label['intitule']} »", "couverture-intitule")
        B.append({"t": "spacer", "h": 68})
        ca = self.data["conseil_administration"]
        sig = self.data["signature"]
        B.append({"t": "box", "paras": [
            "Cahier des charges : national-2023",
            f"Délibération n° {ca['deliberation']} du conseil d'administration du {date_fr(ca['date'])}",
            f"Dossier signé à {sig['lieu']} le {date_fr(sig['date'])} par {full(chef)}, {chef_titre.lower()}"]})
        B.append({"t": "pagebreak", "footer": f"{kind} – {e['nom']} ({self.uai})"})
        H(1, "Sommaire")
        B.append({"t": "toc"})
        B.append({"t": "pagebreak"})
        H(1, "1. Identification de l'établissement")
        B.append({"t": "table", "columns": [147.4, "1fr"], "header": 0, "rows": [
            ["Établissement", e["nom"]], ["UAI", self.uai], ["Nature et statut", f"{e['nature']}, {e['statut']}"],
            ["Adresse", f"{e['adresse']['voie']}, {e['adresse']['code_postal']} {e['adresse']['commune']}"],
            ["Académie", "Académie de Nice"], ["Région académique", CAMPAIGN["region_academique"]],
            ["Chef d'établissement", f"{full(chef)}, {chef_titre.lower()}"],
            ["Directeur délégué aux formations", full(e["ddfpt"])],
            ["Référent du label", f"{full(e['referent'])}, {e['referent']['qualite'].lower()}"]]})
        H(1, "2. Intitulé demandé et ensemble de métiers")
        P("L'établissement demande l'attribution du label « lycée des métiers » sous l'intitulé :")
        P(f"« {label['intitule']} »", "sous-titre")
        H(2, "2.1 Ensemble de métiers")
        markdown(label["ensemble_de_metiers"])
        H(1, "3. Offre de formation")
        P("Le tableau présente chaque formation préparée dans l'établissement, avec son niveau dans le cadre "
          "national des certifications professionnelles, les voies qui y conduisent et les effectifs de l'année "
          "2026-2027 par voie.")
        rows = [["Diplôme", "Spécialité (code CFD)", "Niveau", "Scolaire", "Apprentissage", "Formation continue", "VAE", "Total"]]
        totals = {"scolaire": 0, "apprentissage": 0, "formation_continue": 0, "vae": 0}
        for f in self.data["formations"]:
            cells = [f["diplome"], f["specialite"] + (f" ({f['cfd']})" if "cfd" in f else ""), str(f["niveau"])]
            for v in totals:
                if v in f["voies"]:
                    cells.append("✓ " + nombre(f["effectifs"][v]))
                    totals[v] += f["effectifs"][v]
                else:
                    cells.append("—")
            cells.append(nombre(sum(f["effectifs"].values())))
            rows.append(cells)
        rows.append([f"Total ({len(self.data['formations'])} formations)", "", ""] +
                    [nombre(totals[v]) for v in totals] + [nombre(sum(totals.values()))])
        B.append({"t": "table", "columns": [48.2, "1fr", 38.3, 49.6, 65.2, 56.7, 41.1, 41.1], "header": 1,
                  "rows": rows, "numeric": [3, 4, 5, 6, 7], "total": True})
        H(1, "4. Publics accueillis")
        P("L'établissement accueille, dans les mêmes ateliers et plateaux techniques, des publics de statuts différents :")
        grand = sum(totals.values()) or 1
        prow = [["Public", "Formations ouvertes", "Effectif", "Part"]]
        for v, lib in [("scolaire", "Voie scolaire"), ("apprentissage", "Apprentissage"),
                       ("formation_continue", "Formation continue"), ("vae", "VAE")]:
            count = sum(1 for f in self.data["formations"] if v in f["voies"])
            prow.append([lib, nombre(count), nombre(totals[v]), f"{totals[v] * 100 / grand:.1f} %".replace(".", ",")])
        prow.append(["Total", nombre(len(self.data["formations"])), nombre(grand), "100 %"])
        B.append({"t": "table", "columns": ["1fr", 90.7, 73.7, 68], "header": 1, "rows": prow,
                  "numeric": [1, 2, 3], "total": True})
        H(1, "5. Partenariats")
        B.append({"t": "table", "columns": [124.7, 85, "1fr", 56.7], "header": 1, "rows":
                  [["Partenaire", "Nature", "Objet du partenariat", "Convention"]] +
                  [[p["nom"], p["type"].replace("_", " "), p["objet"],
                    date_num(p["convention"]) if "convention" in p else "sans convention"] for p in self.data["partenariats"]]})
        H(1, "6. Services aux entreprises")
        for i, s in enumerate(self.data["services_entreprises"], 1):
            H(2, f"6.{i} {s['intitule']}")
            markdown(s["description"])
        H(1, "7. Réponse aux critères du cahier des charges")
        P("Pour chaque critère du cahier des charges (national-2023), l'établissement présente l'état des lieux, "
          "les éléments de preuve, les indicateurs suivis, son auto-évaluation et ses axes de progrès.")
        for n, (cid, title, a) in enumerate(self.criteres, 1):
            H(2, f"7.{n} Critère {n} : {title}")
            P("État des lieux", "rubrique")
            markdown(a["etat_des_lieux"])
            if "preuves" in a:
                P("Éléments de preuve", "rubrique")
                B.append({"t": "list", "items": a["preuves"]})
            if "indicateurs" in a:
                P("Indicateurs", "rubrique")
                B.append({"t": "table", "columns": ["1fr", 73.7, 73.7], "header": 1, "numeric": [1, 2], "rows":
                          [["Indicateur", "Valeur actuelle", "Cible"]] +
                          [[i["libelle"], i["valeur"], i["cible"]] for i in a["indicateurs"]]})
            P("Auto-évaluation : " + a["auto_evaluation"].replace("_", " "), "rubrique")
            if "axes_de_progres" in a:
                P("Axes de progrès", "rubrique")
                markdown(a["axes_de_progres"])
        H(1, "8. Plan d'actions à cinq ans")
        B.append({"t": "table", "columns": ["1fr", 59.5, 113.4, 85], "header": 1, "rows":
                  [["Action", "Échéance", "Indicateur", "Responsable"]] +
                  [[a["action"], date_num(a["echeance"]), a["indicateur"], a["responsable"]] for a in self.data["plan_actions"]]})
        H(1, "9. Délibération du conseil d'administration")
        P(f"Le conseil d'administration de l'établissement, réuni le {date_fr(ca['date'])}, a approuvé la candidature "
          f"de l'établissement au label « lycée des métiers » par la délibération n° {ca['deliberation']}.")
        v = ca["votes"]
        B.append({"t": "table", "columns": ["1fr", 73.7], "header": 1, "numeric": [1], "rows":
                  [["Vote", "Voix"], ["Pour", str(v["pour"])], ["Contre", str(v["contre"])], ["Abstentions", str(v["abstention"])]]})
        H(1, "10. Engagement et signature")
        P(f"{chef_titre} certifie l'exactitude des informations du présent dossier et s'engage, au nom de "
          "l'établissement, à mettre en œuvre le plan d'actions présenté.")
        P(f"Fait à {sig['lieu']}, le {date_fr(sig['date'])}", "signature")
        P(f"{chef_titre} {e['nom']},", "signature")
        P(f"{chef['prenom']} {chef['nom']}", "signataire")
        return french_blocks({"title": f"{kind} : {e['nom']}", "blocks": B})


def school_names(rng, count):
    """`count` distinct (name, town, UAI number) triples."""
    seen, numbers, result = set(), set(), []
    kinds = ["Lycée professionnel", "Lycée polyvalent", "Lycée", "Lycée des métiers", "Lycée technique"]
    while len(result) < count:
        town = rng.choice(ft.VILLES)
        patron = rng.choice(ft.PATRONS)
        kind = rng.choice(kinds)
        name = f"{kind} {patron}"
        if (name, town[0]) in seen or rng.random() < 0.3:
            # Many schools bear the same patron: tell them apart as people do, by the town.
            name = f"{kind} {patron} de {town[0]}" if rng.random() < 0.5 else f"{kind} {rng.choice(ft.PRENOMS_F + ft.PRENOMS_M)} {rng.choice(ft.NOMS)}"
        if (name, town[0]) in seen:
            continue
        number = int(town[2]) * 10000 + rng.randint(0, 9999)
        if number in numbers:
            continue
        seen.add((name, town[0]))
        numbers.add(number)
        result.append((name, town, number))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--schools", type=int, default=10)
    parser.add_argument("--certificates", type=int, default=0, help="as many schools as K certificates need")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--big", action="store_true", help="also one school with a ~100-page dossier")
    args = parser.parse_args()
    if max(args.schools, args.certificates * 1.2) > 30000:
        parser.error("at most 30000 schools (the UAI numbers of the académie's departments run out)")

    rng = random.Random(args.seed)
    criteria = criteria_set()
    os.makedirs(os.path.join(args.out, "dossiers"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "peers"), exist_ok=True)
    with open(os.path.join(args.out, "campagne.yaml"), "w", encoding="utf-8") as f:
        f.write("# Campagne générée par bench/generate.py (données fictives).\n" + "\n".join(emit(CAMPAIGN)) + "\n")
    for path in ("logo.svg", "peers/logo.svg"):
        with open(os.path.join(args.out, path), "w", encoding="utf-8") as f:
            f.write(LOGO)

    # With --certificates K, schools are added until K of them hold a certificate (some are refused).
    wanted = args.schools if not args.certificates else int(args.certificates * 1.2) + 10
    names = school_names(rng, wanted + (1 if args.big else 0))
    certificates = []
    schools = 0
    for index, (name, town, number) in enumerate(names[:wanted]):
        if args.certificates and len(certificates) == args.certificates:
            break
        school = School(random.Random(rng.random()), number, name, town, index, criteria)
        schools += 1
        with open(os.path.join(args.out, "dossiers", school.uai + ".yaml"), "w", encoding="utf-8") as f:
            f.write(school.yaml())
        if school.granted:
            certificates.append(french_blocks(school.certificate()))
    certificates.sort(key=lambda c: c["uai"])
    with open(os.path.join(args.out, "peers", "certificats.json"), "w", encoding="utf-8") as f:
        json.dump(certificates, f, ensure_ascii=False)
    if args.big:
        name, town, number = names[-1]
        school = School(random.Random(rng.random()), number, name, town, args.schools, criteria, big=True)
        with open(os.path.join(args.out, "dossiers", school.uai + ".yaml"), "w", encoding="utf-8") as f:
            f.write(school.yaml())
        with open(os.path.join(args.out, "peers", "dossier.json"), "w", encoding="utf-8") as f:
            json.dump(school.dossier_blocks(), f, ensure_ascii=False)
        with open(os.path.join(args.out, "big-uai.txt"), "w") as f:
            f.write(school.uai + "\n")
    print(f"{args.out}: {schools} schools, {len(certificates)} certificates"
          + (f", big dossier {school.uai}" if args.big else ""))


if __name__ == "__main__":
    main()
