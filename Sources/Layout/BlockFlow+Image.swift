import DocumentTree
import Native
import Pages

/// Images: PNG, JPEG or SVG, sized by width, height or both (fitted inside, keeping the aspect
/// ratio), then scaled down to the measure and to the page's height: never clipped.
extension BlockFlow {
    func imageElements(_ block: ImageBlock, left: Points, width: Points) throws -> [FlowElement] {
        let image: ImageSizes.Image
        do {
            image = try images.image(path: block.path)
        } catch let error as NativeError {
            throw LayoutError(error.message)
        }
        guard image.width > 0, image.height > 0 else { throw LayoutError("image « \(block.path) » : elle n'a pas de taille") }
        let size = Self.imageSize(natural: (image.width, image.height), requested: (block.width, block.height),
                                  room: (width, pageHeight))
        let x = left + Self.alignedOffset(size.width, in: width, alignment: block.alignment)
        let picture = PageItem.image(Rect(x: x, y: 0, width: size.width, height: size.height), ImageID(path: image.path, data: image.data))
        // An empty `alt` says the image is decorative.
        let items: [PageItem] = block.alternative.isEmpty ? [.beginTag(.artifact), picture, .endTag(.artifact)]
            : [.beginTag(.figure), .alternative(block.alternative), picture, .endTag(.figure)]
        return [.glue(6), .box(FlowBox(height: size.height, items: items)), .glue(6)]
    }

    /// The size an image is drawn at: requested width and/or height (both: fitted inside them),
    /// else its natural size; then scaled down, never up, to fit `room`.
    static func imageSize(natural: (width: Points, height: Points), requested: (width: Points?, height: Points?),
                          room: (width: Points, height: Points)) -> (width: Points, height: Points) {
        let ratio = natural.height / natural.width
        var size: (width: Points, height: Points)
        switch requested {
        case let (width?, height?):
            let scale = min(width / natural.width, height / natural.height)
            size = (natural.width * scale, natural.height * scale)
        case let (width?, nil): size = (width, width * ratio)
        case let (nil, height?): size = (height / ratio, height)
        case (nil, nil): size = natural
        }
        let scale = min(1, room.width / size.width, room.height / size.height)
        return (size.width * scale, size.height * scale)
    }

    /// Where a thing `width` wide starts inside `measure` (a justified thing is centred).
    static func alignedOffset(_ width: Points, in measure: Points, alignment: TextAlignment) -> Points {
        switch alignment {
        case .left: 0
        case .right: measure - width
        case .center, .justify: (measure - width) / 2
        }
    }
}
