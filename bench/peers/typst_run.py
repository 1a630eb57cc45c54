#!/usr/bin/env python3
"""Typst (the `typst` package from PyPI) on the benchmark's documents.

    typst_run.py cert   DATA OUT.pdf            the first certificate of DATA/certificats.json
    typst_run.py certs  DATA OUTDIR [N]         N certificates: one file each, then one merged file
    typst_run.py dossier DATA OUT.pdf           the ~100-page dossier of DATA/dossier.json
    typst_run.py specimen JSON OUT.pdf [PNGDIR] the issue-2 specimen's text (bench/specimen.py)

DATA is a generated campaign's peers/ folder. One compiler is kept for the whole run (fonts loaded
once), as a batch would. Fonts: only the files of ldm's fonts/manifest.tsv (FONTS, default
bench/work/fonts), no system fonts. QR codes: Typst has no QR encoder without packages; the matrix is
computed here with ReportLab's pure-Python encoder and drawn by Typst with rectangles.
"""
import json
import os
import sys

import typst

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.environ.get("FONTS", os.path.join(os.path.dirname(HERE), "work", "fonts"))


def qr_matrix(text):
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
    q = QRCode(None, QRErrorCorrectLevel.M)
    q.addData(text)
    q.make()
    n = q.getModuleCount()
    return ["".join("1" if q.isDark(r, c) else "0" for c in range(n)) for r in range(n)]


def compiler(data):
    return typst.Compiler(root="/", font_paths=[FONTS], ignore_system_fonts=True,
                          sys_inputs={"logo": os.path.join(os.path.abspath(data), "logo.svg")})


def with_qr(c):
    return dict(c, qr=qr_matrix(c["qr"]))


def main():
    mode, data, out = sys.argv[1], sys.argv[2], sys.argv[3]
    logo = os.path.join(os.path.abspath(data) if mode != "specimen" else "", "logo.svg")
    if mode == "cert":
        c = json.load(open(os.path.join(data, "certificats.json"), encoding="utf-8"))[0]
        compiler(data).compile(input=os.path.join(HERE, "certificat-un.typ"), output=out,
                               sys_inputs={"logo": logo, "cert": json.dumps(with_qr(c))})
    elif mode == "certs":
        certs = json.load(open(os.path.join(data, "certificats.json"), encoding="utf-8"))
        if len(sys.argv) > 4:
            certs = certs[:int(sys.argv[4])]
        certs = [with_qr(c) for c in certs]
        os.makedirs(out, exist_ok=True)
        comp = compiler(data)
        one = os.path.join(HERE, "certificat-un.typ")
        for c in certs:
            comp.compile(input=one, output=os.path.join(out, c["uai"] + ".pdf"),
                         sys_inputs={"logo": logo, "cert": json.dumps(c)})
        comp.compile(input=os.path.join(HERE, "certificats-tous.typ"), output=os.path.join(out, "certificats.pdf"),
                     sys_inputs={"logo": logo, "certs": json.dumps(certs)})
    elif mode == "dossier":
        compiler(data).compile(input=os.path.join(HERE, "dossier.typ"), output=out,
                               sys_inputs={"logo": logo, "data": os.path.join(os.path.abspath(data), "dossier.json")})
    elif mode == "specimen":
        comp = typst.Compiler(root="/", font_paths=[FONTS], ignore_system_fonts=True)
        comp.compile(input=os.path.join(HERE, "specimen.typ"), output=out,
                     sys_inputs={"data": os.path.abspath(data)})
        if len(sys.argv) > 4:
            comp.compile(input=os.path.join(HERE, "specimen.typ"), output=os.path.join(sys.argv[4], "page-{p}.png"),
                         ppi=60, sys_inputs={"data": os.path.abspath(data)})
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
