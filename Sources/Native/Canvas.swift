import CCairo

/// A Cairo drawing context. The only owner of its `cairo_t`.
public final class Canvas: @unchecked Sendable {
    let cr: OpaquePointer

    init(cr: OpaquePointer) { self.cr = cr }
    deinit { cairo_destroy(cr) }

    /// Throws when Cairo has entered an error state (all later drawing would be silently lost).
    public func checkStatus(_ what: @autoclosure () -> String) throws {
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS {
            throw NativeError("cairo failed while \(what()): \(String(cString: cairo_status_to_string(status)))")
        }
    }
}
