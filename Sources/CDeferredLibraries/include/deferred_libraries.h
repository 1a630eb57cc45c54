// qpdf, librsvg and gdk-pixbuf are not linked to ldm: they and the thirty-odd libraries they bring
// (gnutls, GIO, libxml2, ICU…) took 7.7 of the 15.6 ms a process spent loading libraries before main
// (BENCHMARKS.md, « Ce que coûte le démarrage »). They are opened by dlopen, on a thread of their own
// from the start of the process, and called through these tables of pointers, resolved once by dlsym.
// Each pointer has the type of the function it names (__typeof__), so no signature is written twice.
#ifndef LDM_DEFERRED_LIBRARIES_H
#define LDM_DEFERRED_LIBRARIES_H

#include <qpdf/qpdf-c.h>
#include <librsvg/rsvg.h>

#define LDM_QPDF_FUNCTIONS(F) \
    F(qpdf_init) F(qpdf_cleanup) F(qpdf_silence_errors) F(qpdf_set_suppress_warnings) F(qpdf_read_memory) \
    F(qpdf_has_error) F(qpdf_get_error) F(qpdf_get_error_full_text) F(qpdf_get_trailer) F(qpdf_get_root) \
    F(qpdf_get_num_pages) F(qpdf_get_page_n) F(qpdf_get_object_by_id) F(qpdf_replace_object) \
    F(qpdf_oh_parse) F(qpdf_oh_unparse) F(qpdf_oh_unparse_resolved) F(qpdf_oh_get_object_id) \
    F(qpdf_oh_is_array) F(qpdf_oh_is_dictionary_of_type) F(qpdf_oh_is_integer) F(qpdf_oh_is_name) \
    F(qpdf_oh_is_stream) F(qpdf_oh_is_string) F(qpdf_oh_get_int_value) F(qpdf_oh_get_name) \
    F(qpdf_oh_get_binary_string_value) F(qpdf_oh_get_binary_utf8_value) F(qpdf_oh_get_array_n_items) \
    F(qpdf_oh_get_array_item) F(qpdf_oh_set_array_item) F(qpdf_oh_append_item) F(qpdf_oh_get_dict) \
    F(qpdf_oh_has_key) F(qpdf_oh_get_key) F(qpdf_oh_replace_key) F(qpdf_oh_remove_key) \
    F(qpdf_oh_begin_dict_key_iter) F(qpdf_oh_dict_more_keys) F(qpdf_oh_dict_next_key) \
    F(qpdf_oh_get_stream_data) F(qpdf_oh_new_array) F(qpdf_oh_new_integer) F(qpdf_oh_new_null) \
    F(qpdf_oh_new_unicode_string)

#define LDM_IMAGE_FUNCTIONS(F) \
    F(rsvg_handle_new_from_data) F(rsvg_handle_set_dpi) F(rsvg_handle_get_intrinsic_dimensions) \
    F(rsvg_handle_get_intrinsic_size_in_pixels) F(rsvg_handle_render_document) \
    F(gdk_pixbuf_loader_new_with_type) F(gdk_pixbuf_loader_write) F(gdk_pixbuf_loader_close) \
    F(gdk_pixbuf_loader_get_pixbuf) F(gdk_pixbuf_get_width) F(gdk_pixbuf_get_height) \
    F(gdk_pixbuf_get_n_channels) F(gdk_pixbuf_get_rowstride) F(gdk_pixbuf_get_has_alpha) \
    F(gdk_pixbuf_read_pixels)

#define LDM_FUNCTION_POINTER(name) __typeof__(name) *_Nonnull name;
struct ldm_qpdf_functions { LDM_QPDF_FUNCTIONS(LDM_FUNCTION_POINTER) };
struct ldm_image_functions { LDM_IMAGE_FUNCTIONS(LDM_FUNCTION_POINTER) };
#undef LDM_FUNCTION_POINTER

/// Starts opening both libraries on a thread of their own; returns at once.
void ldm_start_loading_deferred_libraries(void);

/// The functions, once their library is open (a first call opens it, or waits for the thread that
/// does); NULL when it could not be opened or lacks one of them, and then its `…_error` says why.
const struct ldm_qpdf_functions *_Nullable ldm_qpdf_functions(void);
const struct ldm_image_functions *_Nullable ldm_image_functions(void);
const char *_Nonnull ldm_qpdf_error(void);
const char *_Nonnull ldm_image_error(void);

#endif
