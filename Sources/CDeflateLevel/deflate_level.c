// cairo writes every PDF stream at zlib's default level (6) and has no setting for it; nor has qpdf's
// C API. Defined in the executable, this `deflateInit_` (what zlib's `deflateInit` macro calls) is the one
// the dynamic linker binds for every library of the process, before zlib's own: a stream asked at the
// default level is compressed at level 2, like `Flate.compress`; an explicit level is kept. On a
// certificate batch, about 5 % fewer instructions for files about 2 % larger (BENCHMARKS.md).
#include "deflate_level.h"

int deflateInit_(z_streamp stream, int level, const char *version, int stream_size) {
    // zlib's own deflateInit_ is this call with the requested level (DEF_MEM_LEVEL is 8).
    return deflateInit2_(stream, level == Z_DEFAULT_COMPRESSION ? LDM_DEFLATE_LEVEL : level,
                         Z_DEFLATED, MAX_WBITS, 8, Z_DEFAULT_STRATEGY, version, stream_size);
}
