#!/usr/bin/env python3
"""Contact sheet of page images, to look at several pages at once: sheet.py OUT.png PAGE.png…
(needs Pillow, which the benchmark's virtual environment has as a WeasyPrint dependency)."""
import sys
from PIL import Image

images = [Image.open(p).convert("RGB") for p in sys.argv[2:]]
cols = min(4, len(images))
rows = (len(images) + cols - 1) // cols
w = max(i.width for i in images)
h = max(i.height for i in images)
sheet = Image.new("RGB", (cols * (w + 6), rows * (h + 6)), "gray")
for k, im in enumerate(images):
    sheet.paste(im, ((k % cols) * (w + 6), (k // cols) * (h + 6)))
sheet.save(sys.argv[1])
