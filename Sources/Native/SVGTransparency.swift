import Foundation

/// Whether an SVG draws anything translucent: an opacity below 1 (`opacity`, `fill-opacity`,
/// `stroke-opacity`, `stop-opacity`, as attributes or in styles), an `rgba()` or `hsla()` colour, a
/// mask, a filter, or an embedded image (which may carry alpha). PDF/A-1 allows no transparency, so
/// such an SVG is flattened onto white (`VectorDecoder`); an opaque one stays vector.
enum SVGTransparency {
    static func uses(_ data: [UInt8]) -> Bool {
        let text = String(decoding: data, as: UTF8.self).lowercased()
        if ["rgba(", "hsla(", "<mask", "filter", "<image"].contains(where: text.contains) { return true }
        var rest = text[...]
        while let found = rest.range(of: "opacity") {
            rest = rest[found.upperBound...]
            // The value after `="`, `='` or `:`.
            let value = rest.drop { $0 == " " || $0 == "=" || $0 == ":" || $0 == "\"" || $0 == "'" }
            let number = value.prefix { $0.isNumber || $0 == "." || $0 == "%" }
            guard !number.isEmpty else { continue }
            let amount = number.hasSuffix("%") ? Double(number.dropLast()).map { $0 / 100 } : Double(number)
            if let amount, amount < 1 { return true }
        }
        return false
    }
}
