#include "deferred_libraries.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

// A library opened and its functions resolved once, whichever thread asks first; the others wait.
struct deferred {
    // The names tried in turn: the library's name on Debian 12 (what `make deps` installs), then the
    // development package's link, which follows the version ldm was built against.
    const char *names[2];
    pthread_once_t once;
    int ready;
    char error[512];
};

static struct deferred qpdf = {{"libqpdf.so.29", "libqpdf.so"}, PTHREAD_ONCE_INIT, 0, ""};
// gdk-pixbuf's functions are found through librsvg, which depends on it: dlsym searches a library's
// dependencies too.
static struct deferred images = {{"librsvg-2.so.2", "librsvg-2.so"}, PTHREAD_ONCE_INIT, 0, ""};
static struct ldm_qpdf_functions qpdf_table;
static struct ldm_image_functions image_table;

// Bound lazily, as the dynamic linker bound them when they were linked; local: ldm alone calls them.
static void *open_library(struct deferred *library) {
    void *handle = dlopen(library->names[0], RTLD_LAZY | RTLD_LOCAL);
    if (handle) return handle;
    // The reason the first name failed is the one worth telling: the second is only a fallback.
    snprintf(library->error, sizeof library->error, "%s", dlerror());
    return dlopen(library->names[1], RTLD_LAZY | RTLD_LOCAL);
}

static int resolve(struct deferred *library, void *handle, const char *name, void **slot) {
    *slot = dlsym(handle, name);
    if (*slot) return 1;
    snprintf(library->error, sizeof library->error, "%s n'a pas la fonction %s", library->names[0], name);
    return 0;
}

#define LDM_RESOLVE(name) && resolve(library, handle, #name, (void **)&table->name)

static int resolve_qpdf(struct deferred *library, void *handle, struct ldm_qpdf_functions *table) {
    return 1 LDM_QPDF_FUNCTIONS(LDM_RESOLVE);
}

static int resolve_images(struct deferred *library, void *handle, struct ldm_image_functions *table) {
    return 1 LDM_IMAGE_FUNCTIONS(LDM_RESOLVE);
}

static void open_qpdf(void) {
    void *handle = open_library(&qpdf);
    qpdf.ready = handle && resolve_qpdf(&qpdf, handle, &qpdf_table);
}

static void open_images(void) {
    void *handle = open_library(&images);
    images.ready = handle && resolve_images(&images, handle, &image_table);
}

const struct ldm_qpdf_functions *ldm_qpdf_functions(void) {
    pthread_once(&qpdf.once, open_qpdf);
    return qpdf.ready ? &qpdf_table : NULL;
}

const struct ldm_image_functions *ldm_image_functions(void) {
    pthread_once(&images.once, open_images);
    return images.ready ? &image_table : NULL;
}

const char *ldm_qpdf_error(void) { return qpdf.error; }
const char *ldm_image_error(void) { return images.error; }

// librsvg first: a campaign's logo is measured as the campaign is read, long before a PDF is finished.
static void *load_both(void *unused) {
    (void)unused;
    ldm_image_functions();
    ldm_qpdf_functions();
    return NULL;
}

void ldm_start_loading_deferred_libraries(void) {
    pthread_t thread;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    // Without a thread, each library is opened at its first use instead.
    pthread_create(&thread, &attributes, load_both, NULL);
    pthread_attr_destroy(&attributes);
}
