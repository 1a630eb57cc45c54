#!/usr/bin/env python3
"""Line-breaking figures of a PDF's justified body text (issue 8), from `pdftotext -bbox-layout`.

    linestats.py FILE.pdf --size 10.5 --left 62.36 --right 62.36 [--space 0.26] [--from TEXT] [--json]

Only body lines count: lines whose height is the body font's (the most frequent line height among lines
set at --size, which leaves table cells at 9 pt, headings and footers out) and that start at the left
margin. Prints:
  lines             body lines
  hyphenated        body lines ending in a hyphen ('-', U+2010, or the soft hyphen U+00AD that Typst writes),
                    at a hyphenation break or at a compound word's own hyphen
  hyphen_runs_max   the longest run of consecutive hyphenated lines
  full_lines        lines that reach the right margin (justified, not a paragraph's last line)
  stretch_max       the largest inter-word gap on a full line divided by the font's natural space
                    (--space em, 0.26 for Noto Sans and Noto Serif), and its 99th percentile
  overfull          words whose box passes the right margin by more than 0.5 pt, in any line (a final hyphen
                    or punctuation mark may hang up to 0.4 em into the margin, as Typst's `overhang` does)
--from TEXT starts counting at the first line holding TEXT (e.g. the criteria section's heading).
Python 3 standard library only.
"""
import argparse
import collections
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET


HYPHENS = {"-", "\u00ad", "\u2010"}
HANGING = HYPHENS | set(".,;:!?»)")


def lines_of(pdf):
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    xml = re.sub(r"<!DOCTYPE[^>]*>", "", xml)
    xml = xml.replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ET.fromstring(xml)
    for number, page in enumerate(root.iter("page"), 1):
        width = float(page.get("width"))
        for line in page.iter("line"):
            words = [(float(w.get("xMin")), float(w.get("xMax")), float(w.get("yMin")), float(w.get("yMax")), w.text or "")
                     for w in line.iter("word")]
            if words:
                yield number, width, words


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--size", type=float, required=True, help="body font size, pt")
    ap.add_argument("--left", type=float, required=True, help="left margin, pt")
    ap.add_argument("--right", type=float, required=True, help="right margin, pt")
    ap.add_argument("--space", type=float, default=0.26, help="natural space width, em")
    ap.add_argument("--from", dest="start", default=None)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    all_lines = list(lines_of(args.pdf))
    if args.start:
        for i, (_, _, words) in enumerate(all_lines):
            if args.start in " ".join(w[4] for w in words):
                all_lines = all_lines[i:]
                break
    heights = collections.Counter(round(max(w[3] for w in ws) - min(w[2] for w in ws), 1) for _, _, ws in all_lines)
    # The body's height: the most frequent among heights within 25 % of what the size predicts (1.36 em for Noto).
    expected = 1.362 * args.size
    body_height = max((h for h in heights if abs(h - expected) < 0.25 * expected), key=lambda h: heights[h], default=None)
    space = args.space * args.size
    stats = dict(lines=0, hyphenated=0, hyphen_runs_max=0, full_lines=0, overfull=0)
    gaps, run = [], 0
    hang = 0.4 * args.size
    for _, width, words in all_lines:
        right = width - args.right
        # Typst hangs hyphens and punctuation into the margin (`overhang`): up to 0.4 em is not overfull.
        stats["overfull"] += sum(1 for w in words
                                 if w[1] > right + (hang if w[4][-1:] in HANGING else 0) + 0.5)
        h = round(max(w[3] for w in words) - min(w[2] for w in words), 1)
        if body_height is None or abs(h - body_height) > 0.15 or abs(words[0][0] - args.left) > 1.0:
            continue
        stats["lines"] += 1
        if words[-1][4][-1:] in HYPHENS:
            stats["hyphenated"] += 1
            run += 1
            stats["hyphen_runs_max"] = max(stats["hyphen_runs_max"], run)
        else:
            run = 0
        if right - 1.0 <= words[-1][1] <= right + hang + 0.5 and len(words) > 1:
            stats["full_lines"] += 1
            gaps += [(b[0] - a[1]) / space for a, b in zip(words, words[1:])]
    gaps.sort()
    stats["stretch_max"] = round(gaps[-1], 2) if gaps else None
    stats["stretch_p99"] = round(gaps[int(0.99 * (len(gaps) - 1))], 2) if gaps else None
    stats["stretch_median"] = round(gaps[len(gaps) // 2], 2) if gaps else None
    if args.json:
        print(json.dumps(stats))
    else:
        for k, v in stats.items():
            print(f"{k:16} {v}")


if __name__ == "__main__":
    main()
