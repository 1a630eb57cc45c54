#!/usr/bin/env python3
"""What a peer's user has ready before the documents are made, made once per campaign, outside the timer.

    prepare.py DATA

DATA is a generated campaign's peers/ folder (bench/generate.py). Writes:
  DATA/qr/UAI.svg        each certificate's QR code, by Debian's qrencode: the same libqrencode call
                         as ldm's (byte-mode hint, level M, smallest version, case kept), a 4-module
                         quiet zone, one SVG path. Typst and WeasyPrint have no QR encoder of their own
                         and read these images.
  DATA/typst/UAI.typ     one Typst main file per certificate: it imports bench/peers/certificat.typ and
                         sets the certificate at its index of DATA/certificats.json. A kept
                         typst.Compiler then compiles file after file with unchanged inputs, so that
                         what they share (the template, the data file, the fonts, the logo) is cached.
  DATA/certificats.tsv   the certificates' texts for bench/floor/certificate.c, one a line.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    data = os.path.abspath(sys.argv[1])
    certs = json.load(open(os.path.join(data, "certificats.json"), encoding="utf-8"))
    os.makedirs(os.path.join(data, "qr"), exist_ok=True)
    os.makedirs(os.path.join(data, "typst"), exist_ok=True)
    template = os.path.join(HERE, "certificat.typ")
    with open(os.path.join(data, "certificats.tsv"), "w", encoding="utf-8") as tsv:
        for i, c in enumerate(certs):
            subprocess.run(["qrencode", "-t", "SVG", "-l", "M", "-m", "4", "--svg-path", "-o",
                            os.path.join(data, "qr", c["uai"] + ".svg"), c["qr"]], check=True)
            with open(os.path.join(data, "typst", c["uai"] + ".typ"), "w", encoding="utf-8") as f:
                f.write(f'#import "{template}": cert\n'
                        f'#let c = json("{data}/certificats.json").at({i})\n'
                        f'#cert(c, "{data}/qr/" + c.uai + ".svg")\n')
            fields = [c["uai"], *(e.upper() for e in c["emetteur"]), c["label"], c["delivre"], c["etablissement"],
                      c["ligne"], c["sous"], c["intitule"], c["periode"], c["reference"], c["numero"], c["qr"],
                      c["code"], c["fait"], c["delegation"], c["titre"], c["signataire"]]
            assert len(fields) == 18 and not any("\t" in x or "\n" in x for x in fields)
            tsv.write("\t".join(fields) + "\n")


if __name__ == "__main__":
    main()
