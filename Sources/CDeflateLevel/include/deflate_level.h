#include <zlib.h>

/// The level of every stream the process compresses without asking for one (see deflate_level.c).
#define LDM_DEFLATE_LEVEL 2
