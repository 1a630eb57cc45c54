#!/usr/bin/env python3
"""Formats bench/run's raw measures (results.tsv) as Markdown tables: report.py RESULTS.tsv [LOAD-BEFORE LOAD-AFTER]."""
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


def seconds(t):
    return f"{t * 1000:.0f} ms" if t < 1 else f"{t:.2f} s"


TITLES = {"a": "(a) one certificate, whole process",
          "b": "(b) 1,000 certificates in one batch: one file each + the merged print file",
          "c": "(c) one 100-page dossier (300-row formation table, long criteria texts)",
          "specimen": "issue 2: the ~60-page text specimen"}
print("| case | tool | runs | median time | CPU (user+sys) | peak memory | ours / peer (time) |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
for case in ("a", "b", "c", "specimen"):
    ours = get(case, "ldm")
    for tool in ("ldm", "typst", "typst-fast", "reportlab", "weasyprint"):
        r = get(case, tool)
        if not r:
            continue
        label = {"ldm": "**ldm**", "typst": "typst, a compile a file" if case == "b" else "typst",
                 "typst-fast": "typst, fastest route (one document of every certificate, then `qpdf --split-pages`)"}.get(tool, tool)
        if case == "b" and tool in files:
            label += f", {files[tool]} files"
        n = f" ({r['units']} certificates)" if case == "b" and ours and r["units"] != ours["units"] else ""
        extra = ""
        if case in ("c",) and tool in pages:
            extra = f", {pages[tool]} pages"
        if case == "specimen" and tool in specimen_pages:
            extra = f", {specimen_pages[tool]} pages"
        ratio = ""
        if ours and tool != "ldm":
            # Per unit of work, where a slow peer did a smaller share (WeasyPrint in case b).
            ratio = f"{(ours['time'] / ours['units']) / (r['time'] / r['units']):.2f}"
            if r["units"] != ours["units"]:
                ratio += " (per certificate)"
        print(f"| {TITLES[case] if tool == 'ldm' else ''} | {label}{n}{extra} | {r['runs']} | {seconds(r['time'])} | "
              f"{seconds(r['cpu'])} | {r['peak']:.0f} MiB | {ratio} |")

d = get("d", "ldm")
if d:
    print(f"\n(d) {d['units']:,} certificates in one batch (`--only certificat`), 1 run: **peak {d['peak']:.0f} MiB**, "
          f"{seconds(d['time'])} ({d['time'] / d['units'] * 1000:.1f} ms per certificate, CPU {seconds(d['cpu'])}).")

growth = [get(c, "ldm") for c in ("e1", "b", "e2", "e3", "d")]
growth = sorted({r["units"]: r for r in growth if r}.items())
if floor:
    own, long = floor.get("cairo-own-file"), floor.get("cairo-long-file")
    print(f"\nCairo's floor (bench/floor/certificate.c, the certificate drawn by cairo alone, {(own or long)['units']:,} "
          "certificates, median of the runs, CPU):", end="")
    if own:
        print(f" **{own['ms']:.2f} ms** a certificate as its own file;", end="")
    if long:
        print(f" **{long['ms']:.2f} ms** as a page of one long file.", end="")
    b = get("b", "ldm")
    if own and long and b:
        per = b["cpu"] / b["units"] * 1000
        print(f" ldm's case b (a file each and the print file) takes {per:.2f} ms of CPU a certificate: "
              f"**{per / (own['ms'] + long['ms']):.2f} ×** the floor of the same work ({own['ms'] + long['ms']:.2f} ms).", end="")
    print()

finishing = [(c, get(f"finish-{c}", "none"), get(f"finish-{c}", "pdfa"), get(f"finish-{c}", "signed")) for c in "abc"]
finishing = [f for f in finishing if f[1] and f[2]]
if finishing:
    print("\nWhat finishing adds (issue 17; ldm alone, by turns): as cairo writes it (`--pdfa none`), finished as PDF/A-1b "
          "with the PDF/UA structure (the default), and signed (PAdES-B-B, demo key; the dossier is never signed):\n")
    print("| case | runs | cairo's file | + PDF/A-1b and PDF/UA | + signature |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for case, none, pdfa, signed in finishing:
        def added(r, base):
            return f"{seconds(r['time'])} (+{(r['time'] - base['time']) / base['time'] * 100:.0f} %)"
        print(f"| {TITLES[case].split(':')[0]} | {none['runs']} | {seconds(none['time'])} | {added(pdfa, none)} | "
              f"{added(signed, pdfa) if signed else '–'} |")

if qr:
    print("\nQR code of case (a)'s certificate read back by zbarimg: "
          + ", ".join(f"{t} {'ok' if v == 'ok' else '**wrong**'}" for t, v in qr.items()) + ".")

if growth:
    print("\n(e) growth of a batch, certificates only (`ldm batch --only certificat`; same generator and seed; the 1,000 row is case b):\n")
    print("| certificates | runs | time | per certificate | CPU | peak memory |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for n, r in growth:
        print(f"| {n:,} | {r['runs']} | {seconds(r['time'])} | {r['time'] / n * 1000:.2f} ms | {seconds(r['cpu'])} | {r['peak']:.0f} MiB |")

if lines:
    print("\nissue 8: line breaking on the dossier's body text (Noto Sans 10.5 pt, 470.6 pt measure):\n")
    print("| | hyphenated line ends | longest run of hyphenated lines | largest space stretch (p99) | overfull words | body lines (full) | time |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    timing = {"ldm-total-fit": get("lines-totalfit", "ldm"), "ldm-greedy": get("lines-greedy", "ldm"), "typst": get("c", "typst")}
    for name, s in lines.items():
        t = timing.get(name)
        print(f"| {name} | {s['hyphenated']} | {s['hyphen_runs_max']} | {s['stretch_max']} ({s['stretch_p99']}) | "
              f"{s['overfull']} | {s['lines']} ({s['full_lines']}) | {seconds(t['time']) if t else ''} |")

if len(sys.argv) > 3:
    print(f"\nLoad before: `{open(sys.argv[2]).read().strip()}`; after: `{open(sys.argv[3]).read().strip()}`")
