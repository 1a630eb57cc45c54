#!/usr/bin/env python3
"""ReportLab (from PyPI) on the benchmark's documents, built with its own API from the same data.

    reportlab_run.py cert   DATA OUT.pdf
    reportlab_run.py certs  DATA OUTDIR [N]   one file each, and the merged file drawn in the same run
    reportlab_run.py dossier DATA OUT.pdf

Fonts: TTFont registration of the font files ldm loads, its manifest's without hinting (fonts/outlines/;
FONTS, default bench/work/fonts):
for the certificates only the four faces they use. QR code: ReportLab's own QrCodeWidget, as its users
draw one (level M, 4-module quiet zone), computed in the run: it is the library's own feature.
Hyphenation: ParagraphStyle.hyphenationLang = "fr_FR" (Pyphen).
The logo (SVG) is drawn with canvas rectangles: ReportLab reads no SVG without another package.
« page X sur Y »: a canvas that holds its pages until the total is known. Table of contents: multiBuild.
"""
import json
import os
import sys
from xml.sax.saxutils import escape as E

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, ListFlowable, ListItem, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.tableofcontents import TableOfContents

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.environ.get("FONTS", os.path.join(os.path.dirname(HERE), "work", "fonts"))
BLEU = colors.HexColor("#000091")


CERT_FONTS = {"NotoSans-Bold", "NotoSerif", "NotoSerif-Bold", "NotoSerif-Italic"}


def register_fonts(only=None):
    """Registers the fonts a document uses (`only`: their names; all of them by default), as its user would."""
    for name, file in [("NotoSans", "NotoSans-Regular"), ("NotoSans-Bold", "NotoSans-Bold"),
                       ("NotoSans-Italic", "NotoSans-Italic"), ("NotoSans-BoldItalic", "NotoSans-BoldItalic"),
                       ("NotoSerif", "NotoSerif-Regular"), ("NotoSerif-Bold", "NotoSerif-Bold"),
                       ("NotoSerif-Italic", "NotoSerif-Italic"), ("NotoSerif-BoldItalic", "NotoSerif-BoldItalic"),
                       ("DejaVuSans", "DejaVuSans")]:
        if only is not None and name not in only:
            continue
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONTS, file + ".ttf")))
    for fam in ("NotoSans", "NotoSerif"):
        if only is not None:
            continue
        pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-Bold", italic=fam + "-Italic",
                                      boldItalic=fam + "-BoldItalic")


def logo(c, x, y, height):
    """The generated logo.svg (300 × 120), drawn with rectangles; (x, y) is its bottom-left corner."""
    s = height / 120
    def rect(rx, ry, w, h, fill, stroke=None):
        c.setFillColor(colors.HexColor(fill))
        if stroke:
            c.setStrokeColor(colors.HexColor(stroke))
        c.rect(x + rx * s, y + (120 - ry - h) * s, w * s, h * s, stroke=1 if stroke else 0, fill=1)
    rect(10, 10, 30, 100, "#000091"); rect(40, 10, 30, 100, "#ffffff", "#cccccc"); rect(70, 10, 30, 100, "#e1000f")
    rect(120, 30, 170, 14, "#000091"); rect(120, 56, 140, 10, "#3a3a3a"); rect(120, 76, 155, 10, "#3a3a3a")


# ------------------------------------------------------------------ certificate

def cs(name, size, font="NotoSerif", color=colors.black, before=0, after=0, lead=1.25, align=TA_CENTER):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * lead, textColor=color,
                          spaceBefore=before, spaceAfter=after, alignment=align)


CERT_STYLES = {}


def cert_styles():
    if not CERT_STYLES:
        CERT_STYLES.update(
            em=cs("em", 11, "NotoSans-Bold", lead=1.2), label=cs("label", 20, "NotoSerif-Bold", BLEU, 12, 4),
            dl=cs("dl", 12, "NotoSerif-Italic", after=2), eta=cs("eta", 24, "NotoSerif-Italic", after=2, lead=1.15),
            lig=cs("lig", 11.5, after=8), it=cs("it", 27, "NotoSerif-Bold", BLEU, after=8, lead=1.15),
            per=cs("per", 12.5, after=2), ref=cs("ref", 10, "NotoSerif-Italic"),
            petit=cs("petit", 9, after=2, lead=1.2, align=TA_LEFT),
            sig=cs("sig", 10.5, after=2, lead=1.2, align=TA_LEFT))
    return CERT_STYLES


def draw_certificate(c, cert):
    st = cert_styles()
    w, h = landscape(A4)
    c.setStrokeColor(BLEU)
    c.setLineWidth(1.2)
    c.rect(16, 16, w - 32, h - 32)
    c.setLineWidth(0.4)
    c.rect(19.6, 19.6, w - 39.2, h - 39.2)
    logo(c, (w - 1.3 * cm * 2.5) / 2, h - 1.7 * cm - 1.3 * cm, 1.3 * cm)
    story = [Spacer(0, 1.3 * cm + 5)]
    story += [Paragraph(E(e).upper(), st["em"]) for e in cert["emetteur"]]
    story += [Paragraph(E(cert[k]), st[s]) for k, s in [("label", "label"), ("delivre", "dl"), ("etablissement", "eta"),
                                                          ("ligne", "lig"), ("sous", "dl"), ("intitule", "it"),
                                                          ("periode", "per"), ("reference", "ref")]]
    Frame(2.2 * cm, 1.6 * cm, w - 4.4 * cm, h - 3.3 * cm, 0, 0, 0, 0).addFromList(story, c)
    # Verification block, from the page's top-left corner at (2.4 cm, 15.1 cm).
    top = h - 15.1 * cm
    p = Paragraph(E(cert["numero"]), st["petit"]); _, ph = p.wrap(8 * cm, 100); p.drawOn(c, 2.4 * cm, top - ph)
    q = QrCodeWidget(cert["qr"], barLevel="M", barBorder=4)
    x0, y0, x1, y1 = q.getBounds()
    size = 2.6 * cm
    d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    d.add(q)
    renderPDF.draw(d, c, 2.4 * cm, top - ph - 6 - size)
    p = Paragraph(f"Code de vérification : <font name='NotoSerif-Bold'>{E(cert['code'])}</font>", st["petit"])
    _, ph2 = p.wrap(8 * cm, 100); p.drawOn(c, 2.4 * cm, top - ph - 12 - size - ph2)
    story = [Paragraph(E(cert["fait"]), st["sig"]), Spacer(0, 6), Paragraph(E(cert["delegation"]), st["sig"]),
             Paragraph(E(cert["titre"]), st["sig"]), Spacer(0, 1.3 * cm), Paragraph(E(cert["signataire"]), st["sig"])]
    Frame(18.3 * cm, 0, 8.6 * cm, top, 0, 0, 0, 0).addFromList(story, c)
    c.showPage()


def certificate_canvas(path):
    w, h = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(w, h))
    return c


# ------------------------------------------------------------------ dossier

def ps(name, size=10.5, font="NotoSans", lead=1.3, align=TA_JUSTIFY, before=0, after=6, color=colors.black, hyph=True, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * lead, alignment=align, spaceBefore=before,
                          spaceAfter=after, textColor=color, hyphenationLang="fr_FR" if hyph else "",
                          embeddedHyphenation=1 if hyph else 0, uriWasteReduce=0.3, **kw)


def dossier_styles():
    left = dict(align=TA_LEFT, hyph=False)
    return {
        "body": ps("body"), "rubrique": ps("rubrique", font="NotoSans-Bold", before=6, after=3, keepWithNext=1, **left),
        "emetteur": ps("emetteur", 10, "NotoSans-Bold", 1.2, after=0, **left),
        "service": ps("service", 9, lead=1.2, before=4, after=0, **left),
        "sous-titre": ps("sous-titre", 11.5, "NotoSans-Bold", align=TA_CENTER, after=18, hyph=False, keepWithNext=1),
        "signature": ps("signature", after=2, **left), "signataire": ps("signataire", before=1.6 * cm, after=0, **left),
        "couverture-type": ps("ct", 12, align=TA_CENTER, hyph=False),
        "couverture-titre": ps("cti", 22, "NotoSans-Bold", 1.2, TA_CENTER, after=10, color=BLEU, hyph=False),
        "couverture-etablissement": ps("ce", 17, "NotoSans-Bold", 1.2, TA_CENTER, after=4, hyph=False),
        "couverture-ligne": ps("cl", 11.5, align=TA_CENTER, after=4, hyph=False),
        "couverture-intitule": ps("ci", 14, "NotoSans-Italic", 1.25, TA_CENTER, after=4, hyph=False),
        "h1": ps("h1", 13.5, "NotoSans-Bold", before=16, after=8, color=BLEU, keepWithNext=1, **left),
        "h2": ps("h2", 11.5, "NotoSans-Bold", before=12, after=6, color=BLEU, keepWithNext=1, **left),
        "encadre": ps("encadre", after=2, **left),
        "cell": ps("cell", 9, lead=1.2, align=TA_LEFT, after=0), "cellr": ps("cellr", 9, lead=1.2, align=TA_RIGHT, after=0),
        "cellb": ps("cellb", 9, "NotoSans-Bold", 1.2, TA_LEFT, after=0),
        "cellbr": ps("cellbr", 9, "NotoSans-Bold", 1.2, TA_RIGHT, after=0),
        "toc1": ps("toc1", after=3, **left), "toc2": ps("toc2", after=3, leftIndent=12, **left),
    }


class PagedCanvas(rl_canvas.Canvas):
    """Holds each page until the document ends, then writes « page X sur Y » with the real total."""

    footer = ""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._held = []

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held)
        for n, state in enumerate(self._held, 1):
            self.__dict__.update(state)
            if n > 1:
                self.setFont("NotoSans", 8)
                self.drawString(2.2 * cm, 2.2 * cm - 16, PagedCanvas.footer)
                self.drawRightString(A4[0] - 2.2 * cm, 2.2 * cm - 16, f"page {n} sur {total}")
            super().showPage()
        super().save()


class Dossier(BaseDocTemplate):
    def afterFlowable(self, f):
        if isinstance(f, Paragraph) and getattr(f, "toc_level", None):
            self.notify("TOCEntry", (f.toc_level - 1, f.getPlainText(), self.page))


def dossier_story(d, st):
    width = A4[0] - 4.4 * cm
    story = []
    for b in d["blocks"]:
        t = b["t"]
        if t == "p":
            story.append(Paragraph(E(b["text"]).replace("\n", "<br/>"), st.get(b["style"], st["body"])))
        elif t == "h":
            p = Paragraph(E(b["text"]), st["h%d" % b["level"]])
            if b["text"] != "Sommaire":
                p.toc_level = b["level"]
            story.append(p)
        elif t == "pagebreak":
            if "footer" in b:
                PagedCanvas.footer = b["footer"]
                story.append(NextPageTemplate("courant"))
            story.append(PageBreak())
        elif t == "toc":
            toc = TableOfContents()
            toc.levelStyles = [st["toc1"], st["toc2"]]
            toc.dotsMinLevel = 0
            story.append(toc)
        elif t == "spacer":
            story.append(Spacer(0, b["h"]))
        elif t == "rule":
            story.append(HRFlowable(width="100%", thickness=1, color=BLEU, spaceBefore=0, spaceAfter=0))
        elif t == "logo":
            from reportlab.platypus.flowables import Flowable

            class Logo(Flowable):
                def wrap(self, *a):
                    return 3.4 * cm, 3.4 * cm * 0.4

                def draw(self):
                    logo(self.canv, 0, 0, 3.4 * cm * 0.4)
            story.append(Logo())
        elif t == "box":
            inner = [Paragraph(E(p), st["encadre"]) for p in b["paras"]]
            tbl = Table([[inner]], colWidths=[width])
            tbl.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, BLEU), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F5F5FE")),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                                     ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            story.append(tbl)
        elif t == "list":
            story.append(ListFlowable([ListItem(Paragraph(E(i), st["body"])) for i in b["items"]], bulletType="bullet",
                                      leftIndent=18))
        elif t == "table":
            fixed = sum(c for c in b["columns"] if not isinstance(c, str))
            frs = sum(1 for c in b["columns"] if isinstance(c, str)) or 1
            widths = [c if not isinstance(c, str) else (width - fixed) / frs for c in b["columns"]]
            num = set(b.get("numeric", []))
            n = len(b["rows"])
            rows = []
            for r, row in enumerate(b["rows"]):
                bold = r < b["header"] or (b.get("total") and r == n - 1)
                cells = []
                for i, text in enumerate(row):
                    text = E(text).replace("✓", '<font name="DejaVuSans">✓</font>')
                    cells.append(Paragraph(text, st[("cellb" if bold else "cell") + ("r" if i in num else "")]))
                rows.append(cells)
            tbl = Table(rows, colWidths=widths, repeatRows=b["header"], spaceBefore=6, spaceAfter=6)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                     ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            if b["header"]:
                style.append(("BACKGROUND", (0, 0), (-1, b["header"] - 1), colors.Color(0.9, 0.9, 0.93)))
            tbl.setStyle(TableStyle(style))
            story.append(tbl)
    return story


def main():
    mode, data, out = sys.argv[1], sys.argv[2], sys.argv[3]
    register_fonts(CERT_FONTS if mode in ("cert", "certs") else None)
    if mode in ("cert", "certs"):
        certs = json.load(open(os.path.join(data, "certificats.json"), encoding="utf-8"))
        if mode == "cert":
            c = certificate_canvas(out)
            draw_certificate(c, certs[0])
            c.save()
            return
        if len(sys.argv) > 4:
            certs = certs[:int(sys.argv[4])]
        os.makedirs(out, exist_ok=True)
        merged = certificate_canvas(os.path.join(out, "certificats.pdf"))
        for cert in certs:
            c = certificate_canvas(os.path.join(out, cert["uai"] + ".pdf"))
            draw_certificate(c, cert)
            c.save()
            draw_certificate(merged, cert)
        merged.save()
    elif mode == "dossier":
        d = json.load(open(os.path.join(data, "dossier.json"), encoding="utf-8"))
        st = dossier_styles()
        doc = Dossier(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2.2 * cm,
                      title=d["title"])
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0)
        doc.addPageTemplates([PageTemplate("couverture", [frame]), PageTemplate("courant", [frame])])
        doc.multiBuild(dossier_story(d, st), canvasmaker=PagedCanvas)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
