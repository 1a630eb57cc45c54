/* The least work of building the print file by copying pages (issue 20, option b): for each finished
 * certificate given, qpdf's C API reads the file from memory and the page's objects are written out
 * raw, streams as stored (fonts, content and form streams still compressed), without the page's tagging
 * keys (/StructParents, /Annots), its /Parent, nor the widths arrays' numbers walked one by one. What a
 * real assembler would add is left out: renumbering references, the cross-reference table, the page
 * tree. So its instructions are a lower bound of that option's, its size that of the print file.
 *
 *   copy OUT FILE.pdf...     prints "BYTES bytes for PAGES pages"
 */
#include <qpdf/qpdf-c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *out;
static long written;
static char *seen;
static size_t seen_size;

static int skipped(const char *key) {
    static const char *keys[] = { "/Parent", "/StructParents", "/Annots", "/Widths", "/W" };
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) if (!strcmp(key, keys[i])) return 1;
    return 0;
}

static void copy(qpdf_data q, qpdf_oh h, int top) {
    int indirect = qpdf_oh_is_indirect(q, h);
    if (indirect) {
        size_t id = (size_t)qpdf_oh_get_object_id(q, h);
        if (id >= seen_size) { seen = realloc(seen, id + 1); memset(seen + seen_size, 0, id + 1 - seen_size); seen_size = id + 1; }
        if (seen[id]) return;
        seen[id] = 1;
    }
    qpdf_oh dict = qpdf_oh_is_stream(q, h) ? qpdf_oh_get_dict(q, h) : h;
    if (qpdf_oh_is_dictionary(q, dict)) {
        char keys[64][64];
        int n = 0;
        qpdf_oh_begin_dict_key_iter(q, dict);
        while (qpdf_oh_dict_more_keys(q) && n < 64) snprintf(keys[n++], sizeof keys[0], "%s", qpdf_oh_dict_next_key(q));
        for (int i = 0; i < n; i++) if (!skipped(keys[i])) copy(q, qpdf_oh_get_key(q, dict, keys[i]), 0);
    } else if (qpdf_oh_is_array(q, h)) {
        int n = qpdf_oh_get_array_n_items(q, h);
        for (int i = 0; i < n; i++) copy(q, qpdf_oh_get_array_item(q, h, i), 0);
    }
    if (!indirect && !top) return;
    written += fprintf(out, "%d 0 obj\n%s\n", qpdf_oh_get_object_id(q, h), qpdf_oh_unparse_resolved(q, dict));
    if (qpdf_oh_is_stream(q, h)) {
        unsigned char *data;
        size_t length;
        if (qpdf_oh_get_stream_data(q, h, qpdf_dl_none, NULL, &data, &length) == QPDF_SUCCESS) {
            written += (long)fwrite(data, 1, length, out);
            free(data);
        }
    }
    written += fprintf(out, "\nendobj\n");
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: copy OUT FILE.pdf...\n"); return 2; }
    out = fopen(argv[1], "wb");
    if (!out) { perror(argv[1]); return 1; }
    for (int i = 2; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) { perror(argv[i]); return 1; }
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        rewind(f);
        char *bytes = malloc((size_t)size);
        if (fread(bytes, 1, (size_t)size, f) != (size_t)size) { perror(argv[i]); return 1; }
        fclose(f);
        qpdf_data q = qpdf_init();
        qpdf_set_suppress_warnings(q, QPDF_TRUE);
        if (qpdf_read_memory(q, argv[i], bytes, (unsigned long long)size, NULL) & QPDF_ERRORS) { fprintf(stderr, "%s: unreadable\n", argv[i]); return 1; }
        if (seen) memset(seen, 0, seen_size);
        copy(q, qpdf_get_page_n(q, 0), 1);
        qpdf_cleanup(&q);
        free(bytes);
    }
    fclose(out);
    printf("%ld bytes for %d pages\n", written, argc - 2);
    return 0;
}
