#!/usr/bin/env python3
"""Typst (the `typst` package from PyPI) on the benchmark's documents, as a Typst user runs it.

    typst_run.py cert       DATA OUT.pdf            the first certificate of DATA/certificats.json
    typst_run.py certs      DATA OUTDIR             every certificate: a compile and a file each, then the print file
    typst_run.py certs-fast DATA OUTDIR             the same files by Typst's fastest route: one document of every
                                                    certificate (the print file), split by `qpdf --split-pages`
    typst_run.py dossier    DATA OUT.pdf            the ~100-page dossier of DATA/dossier.json
    typst_run.py specimen   JSON OUT.pdf [PNGDIR]   the issue-2 specimen's text (bench/specimen.py)

DATA is a generated campaign's peers/ folder, made ready by bench/peers/prepare.py before the timer:
the QR codes as SVG images (Typst has no QR encoder of its own) and one main file per certificate.
One `typst.Compiler` is kept for the whole run, its inputs (`sys.inputs`) set once when it is made and
never changed, so that each compile reuses what the earlier ones computed, as `typst watch` would.
Fonts: only the font files ldm loads, its manifest's without hinting (fonts/outlines/; FONTS, default
bench/work/fonts), no system fonts.
"""
import json
import os
import subprocess
import sys

import typst

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.environ.get("FONTS", os.path.join(os.path.dirname(HERE), "work", "fonts"))


def compiler(data):
    data = os.path.abspath(data)
    return typst.Compiler(root="/", font_paths=[FONTS], ignore_system_fonts=True,
                          sys_inputs={"logo": os.path.join(data, "logo.svg"), "data": data})


def certificates(data):
    return json.load(open(os.path.join(data, "certificats.json"), encoding="utf-8"))


def main():
    mode, data, out = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode == "cert":
        first = certificates(data)[0]["uai"]
        compiler(data).compile(input=os.path.join(data, "typst", first + ".typ"), output=out)
    elif mode == "certs":
        comp = compiler(data)
        os.makedirs(out, exist_ok=True)
        for c in certificates(data):
            comp.compile(input=os.path.join(data, "typst", c["uai"] + ".typ"), output=os.path.join(out, c["uai"] + ".pdf"))
        comp.compile(input=os.path.join(HERE, "certificats-tous.typ"), output=os.path.join(out, "certificats.pdf"))
    elif mode == "certs-fast":
        os.makedirs(out, exist_ok=True)
        merged = os.path.join(out, "certificats.pdf")
        compiler(data).compile(input=os.path.join(HERE, "certificats-tous.typ"), output=merged)
        pages = os.path.join(out, "pages")
        os.makedirs(pages, exist_ok=True)
        subprocess.run(["qpdf", "--split-pages", merged, os.path.join(pages, "%d.pdf")], check=True)
        # qpdf names the files by zero-padded page number: in page order, they are the certificates' order.
        for c, name in zip(certificates(data), sorted(os.listdir(pages))):
            os.rename(os.path.join(pages, name), os.path.join(out, c["uai"] + ".pdf"))
        os.rmdir(pages)
    elif mode == "dossier":
        data = os.path.abspath(data)
        typst.Compiler(root="/", font_paths=[FONTS], ignore_system_fonts=True,
                       sys_inputs={"logo": os.path.join(data, "logo.svg"), "data": os.path.join(data, "dossier.json")}
                       ).compile(input=os.path.join(HERE, "dossier.typ"), output=out)
    elif mode == "specimen":
        comp = typst.Compiler(root="/", font_paths=[FONTS], ignore_system_fonts=True,
                              sys_inputs={"data": os.path.abspath(data)})
        comp.compile(input=os.path.join(HERE, "specimen.typ"), output=out)
        if len(sys.argv) > 4:
            comp.compile(input=os.path.join(HERE, "specimen.typ"), output=os.path.join(sys.argv[4], "page-{p}.png"), ppi=60)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
