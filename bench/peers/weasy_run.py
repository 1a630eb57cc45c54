#!/usr/bin/env python3
"""WeasyPrint (from PyPI) on the benchmark's documents: HTML and CSS built here from the same data.

    weasy_run.py cert   DATA OUT.pdf
    weasy_run.py certs  DATA OUTDIR [N]     one file each, then the merged file from the same renders
    weasy_run.py dossier DATA OUT.pdf

Fonts: @font-face on the font files ldm loads, its manifest's without hinting (fonts/outlines/; FONTS,
default bench/work/fonts).
For the certificates only the four faces they use. Hyphenation: CSS `hyphens: auto` with lang="fr"
(Pyphen). QR codes: WeasyPrint has no encoder; its users give it images, here the SVG files that
bench/peers/prepare.py made before the timer (Debian's qrencode, the same codes as ldm's).
"""
import html
import json
import os
import sys

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.environ.get("FONTS", os.path.join(os.path.dirname(HERE), "work", "fonts"))
E = html.escape

FACES = [("Noto Sans", "NotoSans-Regular.ttf", 400, "normal"), ("Noto Sans", "NotoSans-Bold.ttf", 700, "normal"),
         ("Noto Sans", "NotoSans-Italic.ttf", 400, "italic"), ("Noto Sans", "NotoSans-BoldItalic.ttf", 700, "italic"),
         ("Noto Serif", "NotoSerif-Regular.ttf", 400, "normal"), ("Noto Serif", "NotoSerif-Bold.ttf", 700, "normal"),
         ("Noto Serif", "NotoSerif-Italic.ttf", 400, "italic"), ("Noto Serif", "NotoSerif-BoldItalic.ttf", 700, "italic"),
         ("DejaVu Sans", "DejaVuSans.ttf", 400, "normal"), ("DejaVu Sans", "DejaVuSans-Bold.ttf", 700, "normal")]


def faces(wanted=None):
    """@font-face rules for the files of FACES a document uses (`wanted`; all by default)."""
    return "".join(f"@font-face {{ font-family: '{fam}'; src: url('file://{FONTS}/{file}'); font-weight: {w}; "
                   f"font-style: {s}; }}\n" for fam, file, w, s in FACES if wanted is None or file in wanted)


CERT_CSS = faces({"NotoSans-Bold.ttf", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf"}) + """
@page { size: A4 landscape; margin: 1.7cm 2.2cm 1.6cm 2.2cm;
  @top-left { content: ""; position: absolute; } }
html { font-family: 'Noto Serif'; }
body { margin: 0; }
.frame { position: fixed; left: -2.2cm; top: -1.7cm; width: 297mm; height: 210mm; }
.frame div.o { position: absolute; left: 16pt; top: 16pt; right: 16pt; bottom: 16pt; border: 1.2pt solid #000091; }
.frame div.i { position: absolute; left: 19.6pt; top: 19.6pt; right: 19.6pt; bottom: 19.6pt; border: 0.4pt solid #000091; }
p { margin: 0; text-align: center; hyphens: manual; }
.logo { text-align: center; margin-bottom: 5pt; } .logo img { height: 1.3cm; }
.em { font-family: 'Noto Sans'; font-size: 11pt; font-weight: bold; font-variant: small-caps; line-height: 1.2; }
.label { font-size: 20pt; font-weight: bold; color: #000091; margin-top: 12pt; margin-bottom: 4pt; line-height: 1.25; }
.del { font-size: 12pt; font-style: italic; margin-bottom: 2pt; line-height: 1.25; }
.eta { font-size: 24pt; font-style: italic; line-height: 1.15; margin-bottom: 2pt; }
.lig { font-size: 11.5pt; margin-bottom: 8pt; line-height: 1.25; }
.int { font-size: 27pt; font-weight: bold; color: #000091; line-height: 1.15; margin-bottom: 8pt; }
.per { font-size: 12.5pt; margin-bottom: 2pt; line-height: 1.25; }
.ref { font-size: 10pt; font-style: italic; line-height: 1.25; }
.place { position: absolute; }
.ver { left: 0.2cm; top: 13.4cm; width: 8cm; font-size: 9pt; line-height: 1.2; }
.ver img { display: block; width: 2.6cm; height: 2.6cm; margin: 6pt 0; }
.ver p, .sig p { text-align: left; margin-bottom: 2pt; }
.sig { left: 16.1cm; top: 13.4cm; width: 8.6cm; font-size: 10.5pt; line-height: 1.2; }
.sig .who { margin-top: 1.3cm; }
"""


def cert_html(c, logo, qr):
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Certificat {E(c['numero'])}</title></head><body>
<div class="frame"><div class="o"></div><div class="i"></div></div>
<div class="logo"><img src="file://{logo}"></div>
{''.join(f'<p class="em">{E(e)}</p>' for e in c['emetteur'])}
<p class="label">{E(c['label'])}</p><p class="del">{E(c['delivre'])}</p>
<p class="eta">{E(c['etablissement'])}</p><p class="lig">{E(c['ligne'])}</p>
<p class="del">{E(c['sous'])}</p><p class="int">{E(c['intitule'])}</p>
<p class="per">{E(c['periode'])}</p><p class="ref">{E(c['reference'])}</p>
<div class="place ver"><p>{E(c['numero'])}</p><img src="file://{qr}/{c['uai']}.svg" alt="Code QR de vérification"><p>Code de vérification : <b>{E(c['code'])}</b></p></div>
<div class="place sig"><p>{E(c['fait'])}</p><p style="margin-top:6pt">{E(c['delegation'])}</p><p>{E(c['titre'])}</p>
<p class="who">{E(c['signataire'])}</p></div>
</body></html>"""


DOSSIER_CSS = faces() + """
@page { size: A4; margin: 2cm 2.2cm 2.2cm 2.2cm;
  @bottom-left { content: string(pied); font-family: 'Noto Sans'; font-size: 8pt; vertical-align: top; padding-top: 8pt; }
  @bottom-right { content: "page " counter(page) " sur " counter(pages); font-family: 'Noto Sans'; font-size: 8pt;
                  vertical-align: top; padding-top: 8pt; } }
@page:first { @bottom-left { content: none; } @bottom-right { content: none; } }
html { font-family: 'Noto Sans'; font-size: 10.5pt; line-height: 1.3; }
body { margin: 0; }
.pied { string-set: pied content(); display: none; }
p { margin: 0 0 6pt 0; text-align: justify; hyphens: auto; orphans: 2; widows: 2; }
h1, h2 { font-weight: bold; color: #000091; hyphens: manual; break-after: avoid; line-height: 1.3; }
h1 { font-size: 13.5pt; margin: 16pt 0 8pt 0; } h2 { font-size: 11.5pt; margin: 12pt 0 6pt 0; }
p.rubrique { font-weight: bold; text-align: left; hyphens: manual; margin: 6pt 0 3pt 0; break-after: avoid; }
p.emetteur { font-size: 10pt; font-weight: bold; font-variant: small-caps; text-align: left; line-height: 1.2; margin: 0; }
p.service { font-size: 9pt; text-align: left; line-height: 1.2; margin: 4pt 0 0 0; }
p.sous-titre { font-size: 11.5pt; font-weight: bold; text-align: center; margin-bottom: 18pt; }
p.signature { text-align: left; margin-bottom: 2pt; } p.signataire { text-align: left; margin-top: 1.6cm; }
p.couverture-type { font-size: 12pt; text-align: center; }
p.couverture-titre { font-size: 22pt; font-weight: bold; color: #000091; text-align: center; line-height: 1.2; margin-bottom: 10pt; }
p.couverture-etablissement { font-size: 17pt; font-weight: bold; text-align: center; line-height: 1.2; margin-bottom: 4pt; }
p.couverture-ligne { font-size: 11.5pt; text-align: center; margin-bottom: 4pt; }
p.couverture-intitule { font-size: 14pt; font-style: italic; text-align: center; line-height: 1.25; margin-bottom: 4pt; }
.box { border: 0.5pt solid #000091; background: #F5F5FE; padding: 8pt 12pt; }
.box p { text-align: left; margin-bottom: 2pt; }
hr { border: 0; border-top: 1pt solid #000091; margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 9pt; line-height: 1.2; }
td, th { border: 0.5pt solid black; padding: 3pt 4pt; vertical-align: top; text-align: left; hyphens: auto; font-weight: normal; }
th { background: #E5E5ED; font-weight: bold; } td.n, th.n { text-align: right; } tr.total td { font-weight: bold; }
tr { break-inside: avoid; }
.ck { font-family: 'DejaVu Sans'; }
ul { margin: 0 0 6pt 0; padding-left: 18pt; } li p { margin: 0 0 2pt 0; }
.toc a { color: black; text-decoration: none; } .toc p { text-align: left; margin: 0 0 3pt 0; }
.toc p.l2 { padding-left: 12pt; }
.toc a::after { content: leader('.') target-counter(attr(href), page); }
img.logo { width: 3.4cm; }
"""


def dossier_html(d, logo):
    out, headings = [], []
    for b in d["blocks"]:
        if b["t"] == "h" and b["text"] != "Sommaire":
            headings.append(b)
    hid = 0
    for b in d["blocks"]:
        t = b["t"]
        if t == "p":
            cls = "" if b["style"] == "body" else f' class="{b["style"]}"'
            out.append(f"<p{cls}>{E(b['text']).replace(chr(10), '<br>')}</p>")
        elif t == "h":
            if b["text"] == "Sommaire":
                out.append(f"<h1>{E(b['text'])}</h1>")
            else:
                hid += 1
                out.append(f'<h{b["level"]} id="h{hid}">{E(b["text"])}</h{b["level"]}>')
        elif t == "pagebreak":
            if "footer" in b:
                out.append(f'<div class="pied">{E(b["footer"])}</div>')
            out.append('<div style="break-before: page"></div>')
        elif t == "toc":
            out.append('<div class="toc">' + "".join(
                f'<p class="l{h["level"]}"><a href="#h{k}">{E(h["text"])}</a></p>'
                for k, h in enumerate(headings, 1) if h["level"] <= 2) + "</div>")
        elif t == "spacer":
            out.append(f'<div style="height:{b["h"]}pt"></div>')
        elif t == "rule":
            out.append("<hr>")
        elif t == "logo":
            out.append(f'<img class="logo" src="file://{logo}">')
        elif t == "box":
            out.append('<div class="box">' + "".join(f"<p>{E(p)}</p>" for p in b["paras"]) + "</div>")
        elif t == "list":
            out.append("<ul>" + "".join(f"<li><p>{E(i)}</p></li>" for i in b["items"]) + "</ul>")
        elif t == "table":
            cols = "".join(f'<col style="width:{c}pt">' if not isinstance(c, str) else "<col>" for c in b["columns"])
            num = set(b.get("numeric", []))

            def cell(tag, i, text):
                text = E(text).replace("✓", '<span class="ck">✓</span>')
                return f'<{tag}{" class=n" if i in num else ""}>{text}</{tag}>'
            head = "".join("<tr>" + "".join(cell("th", i, c) for i, c in enumerate(r)) + "</tr>" for r in b["rows"][:b["header"]])
            rows = b["rows"][b["header"]:]
            body = "".join(f'<tr{" class=total" if b.get("total") and k == len(rows) - 1 else ""}>'
                           + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for k, r in enumerate(rows))
            out.append(f'<table><colgroup>{cols}</colgroup>{"<thead>" + head + "</thead>" if head else ""}<tbody>{body}</tbody></table>')
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{E(d["title"])}</title></head><body>'
            + "\n".join(out) + "</body></html>")


def main():
    mode, data, out = sys.argv[1], sys.argv[2], sys.argv[3]
    logo = os.path.join(os.path.abspath(data), "logo.svg")
    qr = os.path.join(os.path.abspath(data), "qr")
    fc = FontConfiguration()
    if mode in ("cert", "certs"):
        certs = json.load(open(os.path.join(data, "certificats.json"), encoding="utf-8"))
        css = CSS(string=CERT_CSS, font_config=fc)
        if mode == "cert":
            HTML(string=cert_html(certs[0], logo, qr)).write_pdf(out, stylesheets=[css], font_config=fc)
            return
        if len(sys.argv) > 4:
            certs = certs[:int(sys.argv[4])]
        os.makedirs(out, exist_ok=True)
        docs = []
        for c in certs:
            doc = HTML(string=cert_html(c, logo, qr)).render(stylesheets=[css], font_config=fc)
            doc.write_pdf(os.path.join(out, c["uai"] + ".pdf"))
            docs.append(doc)
        pages = [p for doc in docs for p in doc.pages]
        docs[0].copy(pages).write_pdf(os.path.join(out, "certificats.pdf"))
    elif mode == "dossier":
        d = json.load(open(os.path.join(data, "dossier.json"), encoding="utf-8"))
        HTML(string=dossier_html(d, logo)).write_pdf(out, stylesheets=[CSS(string=DOSSIER_CSS, font_config=fc)], font_config=fc)
    else:
        sys.exit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()
