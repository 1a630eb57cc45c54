// swift-tools-version: 6.0
import PackageDescription

// One module per pipeline stage (see ../shared/DESIGN.md):
// C shims → Native (the only code that touches C pointers) → DocumentTree → Layout → Pages → Render,
// Templates (XML + Stencil → DocumentTree), Label (the label's domain), Publishing (documents, batch), ldm (CLI).
let package = Package(
    name: "ldm",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ldm", targets: ["ldm"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/stencilproject/Stencil", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CRsvg", pkgConfig: "librsvg-2.0", providers: [.apt(["librsvg2-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),

        .target(name: "Native", dependencies: ["CCairo", "CPango", "CHyphen", "CRsvg", "CQRencode", "CCmark"]),
        .target(name: "DocumentTree"),
        .target(name: "Pages", dependencies: ["DocumentTree", "Native"]),
        .target(name: "Layout", dependencies: ["DocumentTree", "Pages", "Native"]),
        .target(name: "Render", dependencies: ["Pages", "Native"]),
        .target(name: "Templates", dependencies: ["DocumentTree", "Native", .product(name: "Stencil", package: "Stencil"), .product(name: "Yams", package: "Yams")]),
        .target(name: "Label", dependencies: ["Native", "Templates", .product(name: "Yams", package: "Yams")]),
        .target(name: "Publishing", dependencies: ["Label", "Templates", "Layout", "Render", "DocumentTree", "Pages", "Native"]),
        .executableTarget(name: "ldm", dependencies: ["Publishing", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "specimen", dependencies: ["Layout", "Render", "DocumentTree", "Pages", "Native"]),

        .testTarget(name: "NativeTests", dependencies: ["Native"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "DocumentTree", "Pages", "Native"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Layout", "DocumentTree", "Pages", "Native"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "DocumentTree"]),
        .testTarget(name: "LabelTests", dependencies: ["Label"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PublishingTests", dependencies: ["Publishing", "Label"]),
        .testTarget(name: "ldmTests", dependencies: ["ldm", "Native"]),
    ],
    swiftLanguageModes: [.v6]
)
