// cairo writes every PDF stream at zlib's default level (6) and has no setting for it; nor has qpdf's
// C API. Defined in the executable, this `deflateInit_` (what zlib's `deflateInit` macro calls) is the one
// the dynamic linker binds for every library of the process, before zlib's own: a stream asked at the
// default level is compressed at level 2, like `Flate.compress`; an explicit level is kept. On a
// certificate batch, about 5 % fewer instructions for files about 2 % larger (BENCHMARKS.md).
#include "deflate_level.h"

int deflateInit_(z_streamp stream, int level, const char *version, int stream_size) {
    // zlib's own deflateInit_ is this call with the requested level and a memory level of 8. Each
    // stream starts by clearing its hash table, 64 KiB at 8 and 16 KiB at 6; a certificate has some
    // twenty streams (the page, each font and its character map), most of them a few hundred bytes:
    // 1.8 % fewer instructions on a certificate batch, files the same size to within 0.1 %.
    return deflateInit2_(stream, level == Z_DEFAULT_COMPRESSION ? LDM_DEFLATE_LEVEL : level,
                         Z_DEFLATED, MAX_WBITS, 6, Z_DEFAULT_STRATEGY, version, stream_size);
}
