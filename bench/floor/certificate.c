/* Cairo's own floor for one certificate page: the drawing of templates/national/certificat.xml
 * (double frame, SVG logo, centred paragraphs in Noto Serif and Noto Sans Bold, the verification block
 * with its QR code, the signature block, structure tags) with cairo alone: no layout engine, text
 * through cairo's FreeType font faces and its own glyph lookup, the QR code as a one-bit mask as ldm
 * draws it, the logo decoded once by librsvg into a recording surface as ldm does. Lines are broken
 * greedily at spaces, measured with cairo's text extents: the least a layout can do.
 *
 *   certificate CERTS.tsv LOGO.svg FONTDIR OUTDIR
 *
 * CERTS.tsv (bench/peers/prepare.py): one certificate a line, fields in the order of `enum field`.
 * Draws every certificate as its own PDF file in OUTDIR, then all of them as the pages of one file
 * (OUTDIR/certificats.pdf), and prints the CPU time of each part per certificate, as lines of
 * bench/run's results.tsv: "floor <route> <ms per certificate> 0 <cpu s> <certificates> 1".
 * Setting up (fonts, logo, reading the file) is left out of both figures, as a batch does it once. */
#include <cairo.h>
#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <librsvg/rsvg.h>
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

enum field { UAI, EMETTEUR1, EMETTEUR2, LABEL, DELIVRE, ETABLISSEMENT, LIGNE, SOUS, INTITULE, PERIODE,
             REFERENCE, NUMERO, QR, CODE, FAIT, DELEGATION, TITRE, SIGNATAIRE, FIELDS };
enum face { SANS_BOLD, SERIF, SERIF_BOLD, SERIF_ITALIC, FACES };
static const char *face_files[FACES] = { "NotoSans-Bold.ttf", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf",
                                         "NotoSerif-Italic.ttf" };
static cairo_font_face_t *faces[FACES];
static cairo_surface_t *logo;
static double logo_width, logo_height;

#define CM (72 / 2.54)
static const double page_width = 841.89, page_height = 595.28;

static void die(const char *what) { fprintf(stderr, "certificate: %s\n", what); exit(1); }

static double cpu_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void set_font(cairo_t *cr, enum face f, double size) {
    cairo_set_font_face(cr, faces[f]);
    cairo_set_font_size(cr, size);
}

static void blue(cairo_t *cr) { cairo_set_source_rgb(cr, 0, 0, 0x91 / 255.0); }

static double advance(cairo_t *cr, const char *text) {
    cairo_text_extents_t e;
    cairo_text_extents(cr, text, &e);
    return e.x_advance;
}

/* A paragraph in the current font, broken greedily at spaces into lines no wider than `width`, each
 * centred in it or flush left from x; y is the top of its first line box, moved past the last. */
static void paragraph(cairo_t *cr, const char *text, double x, double width, int centre, double size,
                      double line_height, double *y) {
    char line[1024];
    const char *p = text;
    while (*p) {
        /* The longest run of whole words from p that fits (at least one word). */
        const char *end = p, *next = p;
        for (;;) {
            const char *word_end = strchr(next, ' ');
            if (!word_end) word_end = next + strlen(next);
            size_t n = word_end - p < (long)sizeof line - 1 ? (size_t)(word_end - p) : sizeof line - 1;
            memcpy(line, p, n);
            line[n] = 0;
            if (end != p && advance(cr, line) > width) break;
            end = word_end;
            if (!*word_end) break;
            next = word_end + 1;
        }
        size_t n = end - p < (long)sizeof line - 1 ? (size_t)(end - p) : sizeof line - 1;
        memcpy(line, p, n);
        line[n] = 0;
        cairo_move_to(cr, centre ? x + (width - advance(cr, line)) / 2 : x, *y + size * (line_height + 0.84) / 2);
        cairo_show_text(cr, line);
        *y += size * line_height;
        p = *end ? end + 1 : end;
    }
}

/* One centred paragraph across the text area. */
static void centred(cairo_t *cr, double *y, const char *text, enum face f, double size, int is_blue,
                    double before, double after, double line_height) {
    *y += before;
    set_font(cr, f, size);
    if (is_blue) blue(cr); else cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_tag_begin(cr, "P", "");
    paragraph(cr, text, 2.2 * CM, page_width - 4.4 * CM, 1, size, line_height, y);
    cairo_tag_end(cr, "P");
    *y += after;
}

/* A left-aligned paragraph `width` wide, or one line of two runs of (text, face) when text2 is given. */
static void left(cairo_t *cr, double x, double width, double *y, double size, double line_height, double before,
                 const char *text, enum face f, const char *text2, enum face f2) {
    *y += before;
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_tag_begin(cr, "P", "");
    set_font(cr, f, size);
    if (text2) {
        cairo_move_to(cr, x, *y + size * (line_height + 0.84) / 2);
        cairo_show_text(cr, text);
        set_font(cr, f2, size);
        cairo_show_text(cr, text2);
        *y += size * line_height;
    } else {
        paragraph(cr, text, x, width, 0, size, line_height, y);
    }
    cairo_tag_end(cr, "P");
    *y += 2;
}

/* As ldm draws a QR code: a white square, then the dark modules as a one-bit mask, a pixel a module,
 * scaled without smoothing, with a quiet zone of 4 modules inside the side. */
static void qr_code(cairo_t *cr, const char *text, double x, double y, double side) {
    QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) die("libqrencode cannot encode the text");
    int n = code->width;
    double m = side / (n + 8);
    cairo_tag_begin(cr, "Figure", "");
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, x, y, side, side);
    cairo_fill(cr);
    cairo_surface_t *mask = cairo_image_surface_create(CAIRO_FORMAT_A1, n, n);
    cairo_surface_flush(mask);
    unsigned char *bits = cairo_image_surface_get_data(mask);
    int stride = cairo_image_surface_get_stride(mask);
    for (int r = 0; r < n; r++)
        for (int c = 0; c < n; c++)
            if (code->data[r * n + c] & 1) bits[r * stride + c / 8] |= 1 << (c % 8);  /* little-endian bit order */
    cairo_surface_mark_dirty(mask);
    cairo_pattern_t *pattern = cairo_pattern_create_for_surface(mask);
    cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST);
    cairo_matrix_t scale;
    cairo_matrix_init_scale(&scale, 1 / m, 1 / m);
    cairo_matrix_translate(&scale, -(x + 4 * m), -(y + 4 * m));
    cairo_pattern_set_matrix(pattern, &scale);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_mask(cr, pattern);
    cairo_pattern_destroy(pattern);
    cairo_surface_destroy(mask);
    cairo_tag_end(cr, "Figure");
    QRcode_free(code);
}

/* As ldm does (Sources/CDeflateLevel): the streams cairo compresses at zlib's default level are
 * compressed at level 2; defined here, this is the deflateInit_ cairo's calls are bound to. */
int deflateInit_(z_streamp stream, int level, const char *version, int stream_size) {
    return deflateInit2_(stream, level == Z_DEFAULT_COMPRESSION ? 2 : level, Z_DEFLATED, MAX_WBITS, 8,
                         Z_DEFAULT_STRATEGY, version, stream_size);
}

static void draw(cairo_t *cr, char **f) {
    /* Double frame, 16 pt from the page's edges. */
    blue(cr);
    cairo_set_line_width(cr, 1.2);
    cairo_rectangle(cr, 16, 16, page_width - 32, page_height - 32);
    cairo_stroke(cr);
    cairo_set_line_width(cr, 0.4);
    cairo_rectangle(cr, 19.6, 19.6, page_width - 39.2, page_height - 39.2);
    cairo_stroke(cr);

    double y = 1.7 * CM, h = 1.3 * CM, w = h * logo_width / logo_height;
    cairo_tag_begin(cr, "Figure", "");
    cairo_save(cr);
    cairo_translate(cr, (page_width - w) / 2, y);
    cairo_scale(cr, h / logo_height, h / logo_height);
    cairo_set_source_surface(cr, logo, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_tag_end(cr, "Figure");
    y += h + 5;

    centred(cr, &y, f[EMETTEUR1], SANS_BOLD, 11, 0, 0, 0, 1.2);
    centred(cr, &y, f[EMETTEUR2], SANS_BOLD, 11, 0, 0, 0, 1.2);
    centred(cr, &y, f[LABEL], SERIF_BOLD, 20, 1, 12, 4, 1.25);
    centred(cr, &y, f[DELIVRE], SERIF_ITALIC, 12, 0, 0, 2, 1.25);
    centred(cr, &y, f[ETABLISSEMENT], SERIF_ITALIC, 24, 0, 0, 2, 1.15);
    centred(cr, &y, f[LIGNE], SERIF, 11.5, 0, 0, 8, 1.25);
    centred(cr, &y, f[SOUS], SERIF_ITALIC, 12, 0, 0, 2, 1.25);
    centred(cr, &y, f[INTITULE], SERIF_BOLD, 27, 1, 0, 8, 1.15);
    centred(cr, &y, f[PERIODE], SERIF, 12.5, 0, 0, 2, 1.25);
    centred(cr, &y, f[REFERENCE], SERIF_ITALIC, 10, 0, 0, 0, 1.25);

    double x = 2.4 * CM;
    y = 15.1 * CM;
    left(cr, x, 8 * CM, &y, 9, 1.2, 0, f[NUMERO], SERIF, NULL, SERIF);
    qr_code(cr, f[QR], x, y + 6, 2.6 * CM);
    y += 2.6 * CM + 12;
    left(cr, x, 8 * CM, &y, 9, 1.2, 0, "Code de vérification : ", SERIF, f[CODE], SERIF_BOLD);

    x = 18.3 * CM;
    y = 15.1 * CM;
    left(cr, x, 8.6 * CM, &y, 10.5, 1.2, 0, f[FAIT], SERIF, NULL, SERIF);
    left(cr, x, 8.6 * CM, &y, 10.5, 1.2, 0, f[DELEGATION], SERIF, NULL, SERIF);
    left(cr, x, 8.6 * CM, &y, 10.5, 1.2, 0, f[TITRE], SERIF, NULL, SERIF);
    left(cr, x, 8.6 * CM, &y, 10.5, 1.2, 1.3 * CM, f[SIGNATAIRE], SERIF, NULL, SERIF);
}

static void check(cairo_surface_t *s, const char *what) {
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
        fprintf(stderr, "certificate: %s: %s\n", what, cairo_status_to_string(cairo_surface_status(s)));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc != 5) die("usage: certificate CERTS.tsv LOGO.svg FONTDIR OUTDIR");
    char path[4096];

    FT_Library ft;
    if (FT_Init_FreeType(&ft)) die("FreeType");
    for (int i = 0; i < FACES; i++) {
        FT_Face face;
        snprintf(path, sizeof path, "%s/%s", argv[3], face_files[i]);
        if (FT_New_Face(ft, path, 0, &face)) die(path);
        faces[i] = cairo_ft_font_face_create_for_ft_face(face, 0);
    }

    GError *error = NULL;
    RsvgHandle *svg = rsvg_handle_new_from_file(argv[2], &error);
    if (!svg) die(error->message);
    gdouble sw, sh;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(svg, &sw, &sh)) { sw = 300; sh = 120; }
    logo_width = sw; logo_height = sh;
    cairo_rectangle_t extents = { 0, 0, sw, sh };
    logo = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents);
    cairo_t *lc = cairo_create(logo);
    RsvgRectangle viewport = { 0, 0, sw, sh };
    if (!rsvg_handle_render_document(svg, lc, &viewport, &error)) die(error->message);
    cairo_destroy(lc);
    g_object_unref(svg);

    /* Every certificate's fields, kept in memory. */
    FILE *in = fopen(argv[1], "r");
    if (!in) die(argv[1]);
    size_t count = 0, room = 0;
    char ***certs = NULL, *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, in) > 0) {
        line[strcspn(line, "\n")] = 0;
        char **f = malloc(FIELDS * sizeof *f);
        char *rest = strdup(line);
        for (int i = 0; i < FIELDS; i++) {
            f[i] = strsep(&rest, "\t");
            if (!f[i]) die("a certificate line has too few fields");
        }
        if (count == room) certs = realloc(certs, (room = room ? 2 * room : 64) * sizeof *certs);
        certs[count++] = f;
    }
    fclose(in);
    if (!count) die("no certificate");

    double start = cpu_seconds();
    for (size_t i = 0; i < count; i++) {
        snprintf(path, sizeof path, "%s/%s.pdf", argv[4], certs[i][UAI]);
        cairo_surface_t *s = cairo_pdf_surface_create(path, page_width, page_height);
        check(s, path);
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, certs[i][NUMERO]);
        cairo_t *cr = cairo_create(s);
        draw(cr, certs[i]);
        cairo_show_page(cr);
        cairo_destroy(cr);
        cairo_surface_finish(s);
        check(s, path);
        cairo_surface_destroy(s);
    }
    double own = cpu_seconds() - start;

    start = cpu_seconds();
    snprintf(path, sizeof path, "%s/certificats.pdf", argv[4]);
    cairo_surface_t *s = cairo_pdf_surface_create(path, page_width, page_height);
    check(s, path);
    cairo_t *cr = cairo_create(s);
    for (size_t i = 0; i < count; i++) {
        draw(cr, certs[i]);
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(s);
    check(s, path);
    cairo_surface_destroy(s);
    double long_file = cpu_seconds() - start;

    printf("floor\tcairo-own-file\t%.4f\t0\t%.4f\t%zu\t1\n", own * 1000 / count, own, count);
    printf("floor\tcairo-long-file\t%.4f\t0\t%.4f\t%zu\t1\n", long_file * 1000 / count, long_file, count);
    return 0;
}
