#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <fontconfig/fontconfig.h>

// Function-like macros are not imported into Swift.
static inline int ldm_pango_scale(void) { return PANGO_SCALE; }
static inline void ldm_g_object_unref(void *object) { g_object_unref(object); }
