import DocumentTree
import Foundation
import Pages

/// Charts of per-criterion values drawn as vectors: a horizontal bar chart and a radar chart, both
/// on a scale from 0 to the chart's maximum with its graduations marked and named. Labels wrap to
/// the room they have; colours are opaque (PDF/A): fills are light tints of the chart's colour.
extension BlockFlow {
    func chartElements(_ chart: Chart, left: Points, width: Points) throws -> [FlowElement] {
        guard chart.maximum > 0 else { throw LayoutError("graphique « \(chart.title) » : son maximum doit être supérieur à zéro") }
        let painter = ChartPainter(flow: self, chart: chart, left: left + max(width - chart.width, 0) / 2,
                                   width: min(chart.width, width))
        var items: [PageItem] = [.beginTag(.figure), .alternative(chart.alternative)]
        var top: Points = 0
        if !chart.title.isEmpty {
            var style = painter.labelStyle(alignment: .center)
            style.bold = true
            style.size += 1.5
            let title = try painter.text(chart.title, style: style, left: painter.left, width: painter.width, top: 0)
            items += title.items
            top = title.bottom + 6
        }
        let body = switch chart.kind {
        case .bar: try painter.barItems(top: top)
        case .radar: try painter.radarItems(top: top)
        }
        items += body.items
        items.append(.endTag(.figure))
        return [.glue(6), .box(FlowBox(height: body.bottom, items: items)), .glue(6)]
    }
}

/// Draws one chart; every position is from the chart's top.
private struct ChartPainter {
    let flow: BlockFlow
    let chart: Chart
    let left: Points
    let width: Points

    var tint: Color { chart.color.mixed(with: .white, 0.75) }
    let gridColor = Color(red: 0.78, green: 0.78, blue: 0.82)

    func labelStyle(alignment: TextAlignment) -> TextStyle {
        var style = flow.styles["body"]
        style.size = 8.5
        style.lineHeight = 1.15
        style.alignment = alignment
        style.hyphenate = false
        style.spaceBefore = 0
        style.spaceAfter = 0
        style.firstLineIndent = 0
        style.leftIndent = 0
        style.rightIndent = 0
        return style
    }

    /// Lines of text stacked from `top`; the items and the y under the last line.
    func text(_ text: String, style: TextStyle, left: Points, width: Points, top: Points) throws -> (items: [PageItem], bottom: Points) {
        var y = top
        var items: [PageItem] = []
        for line in try flow.setLines([.text(text)], style: style, left: left, width: max(width, style.size * 2)) {
            items += line.items.map { $0.offsetBy(dx: 0, dy: y) }
            y += line.height
        }
        return (items, y)
    }

    /// The step between graduations: 1 up to a maximum of 10, else the first of 1, 2, 5, 10, 20, 50…
    /// that needs at most ten steps, so that graduations read as round numbers.
    var step: Double {
        if chart.maximum <= 10, chart.maximum == chart.maximum.rounded() { return 1 }
        var magnitude = 1.0
        while true {
            for factor in [1.0, 2, 5] where chart.maximum / (factor * magnitude) <= 10 { return factor * magnitude }
            magnitude *= 10
        }
    }

    /// The end of the scale: the maximum, raised to a whole number of steps.
    var scaleMaximum: Double { (chart.maximum / step - 1e-9).rounded(.up) * step }

    /// Graduations from 0 to the end of the scale.
    var graduations: [Double] {
        stride(from: 0, through: scaleMaximum + step / 1000, by: step).map { $0 }
    }

    /// The name of a graduation: its scale label when the chart has one, else its value.
    func graduationLabel(_ value: Double) -> String {
        let index = Int(value.rounded()) - 1
        if value == value.rounded(), chart.scaleLabels.indices.contains(index) { return chart.scaleLabels[index] }
        return Self.number(value)
    }

    /// French decimal comma, at most one decimal.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
    }

    // MARK: bars

    func barItems(top: Points) throws -> (items: [PageItem], bottom: Points) {
        let labelWidth = (width * 0.34).rounded()
        let plotLeft = left + labelWidth + 8
        let marks = graduations
        // Room on the right for a bar's value and for half the last scale label, centred on its graduation.
        let available = width - labelWidth - 8
        let plotWidth = min(available - 22, available / (1 + 1 / (2 * Double(max(marks.count - 1, 1)))))
        guard plotWidth > 40 else { throw LayoutError("graphique « \(chart.title) » : \(Int(width)) pt, c'est trop étroit pour un graphique en barres") }
        // Scale labels under the plot, each wrapped to the distance between graduations.
        let scaleStyle = labelStyle(alignment: .center)
        let spacing = plotWidth / Double(max(marks.count - 1, 1))
        var scaleHeight: Points = 0
        for value in marks where value > 0 || chart.scaleLabels.isEmpty {
            scaleHeight = max(scaleHeight, try text(graduationLabel(value), style: scaleStyle, left: 0, width: spacing, top: 0).bottom)
        }
        let entryStyle = labelStyle(alignment: .right)
        var labels: [(items: [PageItem], bottom: Points)] = []
        for entry in chart.entries {
            labels.append(try text(entry.label, style: entryStyle, left: left, width: labelWidth, top: 0))
        }
        let room = max(chart.height - top - scaleHeight - 8, 0)
        let pitch = max(room / Double(max(chart.entries.count, 1)), 16)
        let thickness = min(pitch * 0.6, 16)

        var items: [PageItem] = []
        var y = top
        var rows: [(top: Points, height: Points)] = []
        for label in labels {
            let height = max(pitch, label.bottom + 4)
            rows.append((y, height))
            y += height
        }
        let plotBottom = y
        // Grid first, bars over it.
        for value in marks {
            let x = plotLeft + value / scaleMaximum * plotWidth
            let color = value == 0 ? Color.black : gridColor
            items.append(.line(from: Point(x: x, y: top), to: Point(x: x, y: plotBottom + 3), stroke: Stroke(width: 0.5, color: color)))
            if value > 0 || chart.scaleLabels.isEmpty {
                let label = try text(graduationLabel(value), style: scaleStyle, left: x - spacing / 2, width: spacing, top: plotBottom + 5)
                items += label.items
            }
        }
        let valueStyle = labelStyle(alignment: .left)
        for ((entry, label), row) in zip(zip(chart.entries, labels), rows) {
            items += label.items.map { $0.offsetBy(dx: 0, dy: row.top + (row.height - label.bottom) / 2) }
            let value = min(max(entry.value, 0), chart.maximum)
            let barTop = row.top + (row.height - thickness) / 2
            let barWidth = value / scaleMaximum * plotWidth
            if barWidth > 0 {
                items.append(.rectangle(Rect(x: plotLeft, y: barTop, width: barWidth, height: thickness), fill: tint,
                                        stroke: Stroke(width: 0.75, color: chart.color), cornerRadius: 0))
            }
            let number = try text(Self.number(entry.value), style: valueStyle, left: plotLeft + barWidth + 3, width: 40, top: 0)
            items += number.items.map { $0.offsetBy(dx: 0, dy: row.top + (row.height - number.bottom) / 2) }
        }
        return (items, plotBottom + 5 + scaleHeight)
    }

    // MARK: radar

    func radarItems(top: Points) throws -> (items: [PageItem], bottom: Points) {
        let count = chart.entries.count
        guard count >= 3 else {
            throw LayoutError("graphique « \(chart.title) » : un graphique en radar demande au moins trois entrées (il en a \(count)) ; prenez un graphique en barres")
        }
        // The scale is a ruler in a column of its own at the left, its marks level with where the
        // rings cross the first spoke (straight up): inside the chart a ring's name would sit on a
        // spoke or under the data.
        var scaleStyle = labelStyle(alignment: .right)
        scaleStyle.size = 7
        scaleStyle.color = Color(red: 0.35, green: 0.35, blue: 0.4)
        let marks = graduations.filter { $0 > 0 }
        let scaleWidth = try marks.map { try flow.textWidth(graduationLabel($0), style: scaleStyle) }.max().map { $0 + 12 } ?? 0
        let labelStyle = labelStyle(alignment: .left)
        let widestLabel = try chart.entries.map { try flow.textWidth($0.label, style: labelStyle) }.max() ?? 0
        let labelWidth = min(widestLabel + 2, (width * 0.24).rounded())
        let labelRoom: Points = 30
        let plotWidth = width - scaleWidth
        let radius = min(plotWidth / 2 - labelWidth - 8, (chart.height - top) / 2 - labelRoom)
        guard radius > 30 else { throw LayoutError("graphique « \(chart.title) » : \(Int(width)) × \(Int(chart.height)) pt, c'est trop petit pour un graphique en radar") }
        // The ruler and the plot side by side, centred together in the chart's width.
        let scaleLeft = left + (plotWidth - 2 * (radius + labelWidth + 8)) / 2
        let center = Point(x: scaleLeft + scaleWidth + labelWidth + 8 + radius, y: top + labelRoom + radius)
        func point(_ index: Int, _ value: Double) -> Point {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            let distance = value / scaleMaximum * radius
            return Point(x: center.x + distance * cos(angle), y: center.y + distance * sin(angle))
        }
        var items: [PageItem] = []
        let gridStroke = Stroke(width: 0.5, color: gridColor)
        for value in marks {
            items.append(.path(PathShape(subpaths: [(0..<count).map { point($0, value) }], closed: true, stroke: gridStroke)))
        }
        if scaleWidth > 0 {
            let ruler = scaleLeft + scaleWidth - 4
            items.append(.line(from: Point(x: ruler, y: center.y), to: Point(x: ruler, y: point(0, scaleMaximum).y), stroke: gridStroke))
            for value in marks {
                let y = point(0, value).y
                items.append(.line(from: Point(x: ruler - 3, y: y), to: Point(x: ruler, y: y), stroke: gridStroke))
                let label = try text(graduationLabel(value), style: scaleStyle, left: scaleLeft, width: scaleWidth - 10, top: 0)
                items += label.items.map { $0.offsetBy(dx: 0, dy: y - label.bottom / 2) }
            }
        }
        for index in 0..<count {
            items.append(.line(from: center, to: point(index, scaleMaximum), stroke: gridStroke))
        }
        let values = chart.entries.enumerated().map { point($0.offset, min(max($0.element.value, 0), chart.maximum)) }
        items.append(.path(PathShape(subpaths: [values], closed: true, fill: tint, stroke: Stroke(width: 1.25, color: chart.color))))
        let dot: Points = 2
        items.append(.path(PathShape(subpaths: values.map { p in
            [Point(x: p.x - dot, y: p.y - dot), Point(x: p.x + dot, y: p.y - dot), Point(x: p.x + dot, y: p.y + dot), Point(x: p.x - dot, y: p.y + dot)]
        }, closed: true, fill: chart.color)))
        items += try radarLabels(center: center, radius: radius, labelWidth: labelWidth)
        return (items, center.y + radius + labelRoom)
    }

    /// Entry labels outside the polygon, aligned away from it, wrapped to `labelWidth`.
    private func radarLabels(center: Point, radius: Points, labelWidth: Points) throws -> [PageItem] {
        var items: [PageItem] = []
        let count = chart.entries.count
        for (index, entry) in chart.entries.enumerated() {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(count)
            let (cosine, sine) = (cos(angle), sin(angle))
            let anchor = Point(x: center.x + (radius + 6) * cosine, y: center.y + (radius + 6) * sine)
            let alignment: TextAlignment = cosine > 0.25 ? .left : cosine < -0.25 ? .right : .center
            let labelLeft = switch alignment {
            case .left: anchor.x
            case .right: anchor.x - labelWidth
            default: anchor.x - labelWidth / 2
            }
            let label = try text(entry.label, style: labelStyle(alignment: alignment), left: labelLeft, width: labelWidth, top: 0)
            let y = sine < -0.25 ? anchor.y - label.bottom : sine > 0.25 ? anchor.y : anchor.y - label.bottom / 2
            items += label.items.map { $0.offsetBy(dx: 0, dy: y) }
        }
        return items
    }
}

extension Color {
    /// This colour mixed with `other`, `amount` of the way towards it: a tint without transparency.
    func mixed(with other: Color, _ amount: Double) -> Color {
        Color(red: red + (other.red - red) * amount, green: green + (other.green - green) * amount,
              blue: blue + (other.blue - blue) * amount)
    }
}
