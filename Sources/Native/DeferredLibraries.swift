internal import CDeferredLibraries

/// qpdf and librsvg (with gdk-pixbuf) are not linked to ldm but opened from the start of the process on
/// a thread of their own (CDeferredLibraries' header says why); the first use of one waits for it.
public enum DeferredLibraries {
    /// Starts opening them, and returns at once: `ldm` calls it first thing.
    public static func startLoading() { ldm_start_loading_deferred_libraries() }

    static func qpdf() throws -> ldm_qpdf_functions {
        guard let functions = ldm_qpdf_functions() else { throw missing("qpdf", String(cString: ldm_qpdf_error())) }
        return functions.pointee
    }

    /// librsvg's and gdk-pixbuf's functions.
    static func images() throws -> ldm_image_functions {
        guard let functions = ldm_image_functions() else { throw missing("librsvg", String(cString: ldm_image_error())) }
        return functions.pointee
    }

    private static func missing(_ library: String, _ reason: String) -> NativeError {
        NativeError("la bibliothèque \(library) ne peut pas être ouverte (\(reason)) : « make deps » installe celles dont ldm a besoin")
    }
}
