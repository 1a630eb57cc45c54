// swift-tools-version: 6.0
import PackageDescription

// One module per pipeline stage (see ../shared/DESIGN.md):
// C shims → Native (the only code that touches C pointers); DocumentTree → Layout (with Native) → Pages
// (plain data: glyph runs, images by id; DocumentTree only) → Render (resolves fonts and images through Native),
// Templates (XML + Stencil → DocumentTree), Label (the label's domain), Publishing (documents, batch), ldm (CLI).
// Registry is below Publishing: a batch describes the certificates it issued as the registry's `IssuedCertificate`
// (one type for one thing), and records nothing itself; ldm hands them to the registry.
/// The release binary is linked by lld with packed relative relocations (DT_RELR: the 146,000
/// pointers a position-independent binary must fix at start-up take 3.4 MB as RELA entries, all read
/// at every start, and a few kilobytes packed) and without exporting its own symbols (the static
/// standard library's link arguments ask for `--export-dynamic`, which puts 57,000 symbols, 2.9 MB,
/// in the dynamic tables every start reads; nothing looks them up). Pages every run touches, and
/// counts in its memory. Release only: test bundles are linked in debug as usual.
/// Besides, the functions a batch runs come first in the code, side by side (release/symbol-order.txt, made by
/// release/symbol-order.sh): a run touches a few megabytes of code pages rather than pages all over the code.
let ldmReleaseLinking = ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic",
                         "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/release/symbol-order.txt",
                         "-Xlinker", "--no-warn-symbol-ordering"]

/// The folders of librsvg's and gdk-pixbuf's headers, which CDeferredLibraries includes.
let deferredHeaders = ["-I/usr/include/librsvg-2.0", "-I/usr/include/gdk-pixbuf-2.0"]

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
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.10.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.29.0"),
    ],
    targets: [
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(name: "CHyphen", providers: [.apt(["libhyphen-dev"])]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc"),

        .target(name: "CDeflateLevel", dependencies: ["CZlib"]),
        // qpdf and librsvg, opened in the background rather than linked (see its header). Their headers only:
        // pkg-config would link them. The include folders are librsvg2-dev's and libgdk-pixbuf-2.0-dev's;
        // GLib's and cairo's come with CPango.
        .target(name: "CDeferredLibraries", dependencies: ["CPango"], cSettings: [.unsafeFlags(deferredHeaders)]),
        .target(name: "Native", dependencies: ["CCairo", "CPango", "CHyphen", "CDeferredLibraries", "CQRencode", "CCmark", "CZlib", "CDeflateLevel", "CMalloc",
                                               .product(name: "Crypto", package: "swift-crypto"),
                                               // For the libyaml it ships (CYaml), which YAMLEvents reads event by event.
                                               .product(name: "Yams", package: "Yams")],
                swiftSettings: [.unsafeFlags(deferredHeaders.flatMap { ["-Xcc", $0] })]),
        .target(name: "DocumentTree"),
        .target(name: "Pages", dependencies: ["DocumentTree"]),
        .target(name: "Layout", dependencies: ["DocumentTree", "Pages", "Native"]),
        .target(name: "Render", dependencies: ["Pages", "DocumentTree", "Native"]),
        .target(name: "Templates", dependencies: ["DocumentTree", "Native", .product(name: "Stencil", package: "Stencil"), .product(name: "Yams", package: "Yams")]),
        .target(name: "Finish", dependencies: ["Native"]),
        // PAdES-B-B signatures of the finished PDF (CMS built with swift-asn1; PKCS#12 read by swift-nio-ssl).
        .target(name: "Sign", dependencies: ["Native", .product(name: "SwiftASN1", package: "swift-asn1"),
                                             .product(name: "X509", package: "swift-certificates"),
                                             .product(name: "Crypto", package: "swift-crypto"),
                                             .product(name: "_CryptoExtras", package: "swift-crypto"),
                                             .product(name: "NIOSSL", package: "swift-nio-ssl")]),
        .target(name: "Label", dependencies: ["Native", "Templates"]),
        .target(name: "Publishing", dependencies: ["Label", "Finish", "Sign", "Templates", "Layout", "Render", "DocumentTree", "Pages", "Native", "Registry"]),
        // The registry of issued certificates and the verification server: outside the engine.
        .target(name: "Registry", dependencies: [.product(name: "GRDB", package: "GRDB.swift"),
                                                 .product(name: "PostgresNIO", package: "postgres-nio")]),
        .target(name: "Serve", dependencies: ["Registry", .product(name: "Hummingbird", package: "hummingbird"),
                                              .product(name: "HummingbirdCore", package: "hummingbird"),
                                              .product(name: "MultipartKit", package: "multipart-kit"),
                                              .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(name: "ldm", dependencies: ["Publishing", "Registry", "Serve", "Sign", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          linkerSettings: [.unsafeFlags(ldmReleaseLinking, .when(configuration: .release))]),
        .executableTarget(name: "specimen", dependencies: ["Layout", "Render", "DocumentTree", "Pages", "Native"]),

        .testTarget(name: "NativeTests", dependencies: ["Native"]),
        .testTarget(name: "FinishTests", dependencies: ["Finish", "Publishing", "Label", "Native"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout", "DocumentTree", "Pages", "Native"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Layout", "DocumentTree", "Pages", "Native"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates", "DocumentTree"]),
        .testTarget(name: "LabelTests", dependencies: ["Label"], resources: [.copy("Fixtures")]),
        .testTarget(name: "PublishingTests", dependencies: ["Publishing", "Label", "Native"]),
        .testTarget(name: "ldmTests", dependencies: ["ldm", "Native"]),
        .testTarget(name: "RegistryTests", dependencies: ["Registry", .product(name: "PostgresNIO", package: "postgres-nio")]),
        .testTarget(name: "ServeTests", dependencies: ["ldm", "Registry", "Native"]),
    ],
    swiftLanguageModes: [.v6]
)

