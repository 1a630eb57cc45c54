#!/usr/bin/python3
"""Writes, for every file of fonts/manifest.tsv, the same font without its TrueType hinting into
fonts/outlines/, the files the engine loads (`make fonts` runs this; Debian's python3-fonttools).

Hinting (the `fpgm`, `prep` and `cvt ` programs and each glyph's instructions) only moves outlines
onto the pixels of a screen when a rasteriser asks for it; ldm never does (fonts.conf turns hinting
off), nor do printers. cairo still copies it into every font subset of every PDF: half of a
certificate's font data. Every other table is written back as it was read, so the layout (metrics,
kerning, shaping) and the drawn outlines are unchanged.

Run as: fonts/outlines.py MANIFEST FOLDER
"""
import os
import sys

from fontTools.ttLib import TTFont

# The hinting programs and the device metrics they computed; and the font's digital signature (DSIG),
# which no longer matches a changed file.
DROPPED_TABLES = ("fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "DSIG")
# maxp's limits for the hinting programs, which no longer exist.
MAXP_HINTING_FIELDS = ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                       "maxStackElements", "maxSizeOfInstructions")


def manifest_files(manifest):
    """The third field of each line of the manifest, in order (comments and blank lines skipped)."""
    files = []
    with open(manifest, encoding="utf-8") as text:
        for number, line in enumerate(text, start=1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 5:
                sys.exit(f"{manifest}:{number}:1: erreur : 5 champs séparés par des tabulations attendus "
                         "(famille, style, fichier, paquet, licence)")
            files.append((number, fields[2], fields[3]))
    return files


def without_hinting(source, target):
    # Timestamps and bounding boxes kept: the same source gives the same bytes, every run.
    font = TTFont(source, recalcTimestamp=False, recalcBBoxes=False)
    for tag in DROPPED_TABLES:
        if tag in font:
            del font[tag]
    if "glyf" in font:
        glyf = font["glyf"]
        for name in font.getGlyphOrder():
            glyf[name].removeHinting()
        maxp = font["maxp"]
        for field in MAXP_HINTING_FIELDS:
            setattr(maxp, field, 0)
        maxp.maxZones = 1
    partial = target + ".partiel"
    try:
        font.save(partial)
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.remove(partial)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage : fonts/outlines.py MANIFESTE DOSSIER (make fonts le lance avec fonts/manifest.tsv fonts/outlines)")
    manifest, folder = sys.argv[1], sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    written = {}
    for number, source, package in manifest_files(manifest):
        name = os.path.basename(source)
        if name in written:
            sys.exit(f"{manifest}:{number}:1: erreur : {name} porte le nom d’un fichier de la ligne {written[name]} ; "
                     "deux polices du manifeste ne peuvent avoir le même nom de fichier")
        if not os.path.isfile(source):
            sys.exit(f"{manifest}:{number}:1: erreur : {source} introuvable ; installez le paquet Debian {package} (make deps)")
        try:
            without_hinting(source, os.path.join(folder, name))
        except Exception as error:  # fontTools says why in its own words: TTLibError, struct.error…
            sys.exit(f"{manifest}:{number}:1: erreur : {source} n’est pas une police TrueType ou OpenType lisible ({error})")
        written[name] = number


if __name__ == "__main__":
    main()
