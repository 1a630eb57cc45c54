#!/bin/sh
# Regenerates the raster fixtures with gdk-pixbuf (librsvg2-dev pulls it in):
# logo-alpha.png, 40x20 px, a blue disc on a transparent background, half-transparent edge;
# photo.jpeg, 64x48 px, a red-to-green gradient. The SVG fixtures are written by hand.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
cat > "$tmp/gen.c" <<'C'
#include <gdk-pixbuf/gdk-pixbuf.h>
static GdkPixbuf *image(int w, int h, gboolean alpha) {
    GdkPixbuf *p = gdk_pixbuf_new(GDK_COLORSPACE_RGB, alpha, 8, w, h);
    int n = gdk_pixbuf_get_n_channels(p), stride = gdk_pixbuf_get_rowstride(p);
    guchar *px = gdk_pixbuf_get_pixels(p);
    for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
        guchar *c = px + y * stride + x * n;
        if (alpha) {
            int dx = x - w / 2, dy = y - h / 2, d = dx * dx + dy * dy, r = h / 2 - 1;
            c[0] = 0; c[1] = 0; c[2] = 145;
            c[3] = d < (r - 2) * (r - 2) ? 255 : d < r * r ? 128 : 0;
        } else {
            c[0] = 255 * x / (w - 1); c[1] = 255 * y / (h - 1); c[2] = 40;
        }
    }
    return p;
}
int main(void) {
    GError *error = NULL;
    if (!gdk_pixbuf_save(image(40, 20, TRUE), "logo-alpha.png", "png", &error, NULL)) return 1;
    if (!gdk_pixbuf_save(image(64, 48, FALSE), "photo.jpeg", "jpeg", &error, "quality", "90", NULL)) return 1;
    return 0;
}
C
cc -o "$tmp/gen" "$tmp/gen.c" $(pkg-config --cflags --libs gdk-pixbuf-2.0)
"$tmp/gen"
rm -rf "$tmp"
