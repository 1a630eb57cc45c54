import DocumentTree
import Finish
import Foundation
import Label
import Layout
import Native
import Pages
import Render
import Sign
import Templates

/// Makes the label's documents from validated data: template → document tree → pages → PDF.
/// Owns a layout engine (Pango, libhyphen): one publisher per concurrent task.
public final class Publisher {
    let engine: LayoutEngine
    /// The renderers' fonts: the engine's font set, on the same task.
    private lazy var fontRegistry = FontRegistry(fonts: engine.fonts)
    /// The renderers' decoded images, kept from one document to the next.
    private let images = ImageStore()
    let resources: URL
    /// One template engine per campaign folder (its search paths' standardized paths): an engine
    /// keeps the templates and themes it has read, which the documents of a batch all share.
    private var templateEngines: [[String]: TemplateEngine] = [:]

    /// `layoutThreads`: how many threads may set one long document (nil: the engine's default, one
    /// per processor); a batch whose workers already take every processor passes 1.
    public init(resources: URL? = nil, layoutThreads: Int? = nil) throws {
        self.resources = try resources ?? ProjectResources.root()
        engine = try LayoutEngine(fonts: FontSet(
            configuration: self.resources.appendingPathComponent("fonts/fonts.conf"),
            manifest: self.resources.appendingPathComponent("fonts/manifest.tsv")))
        if let layoutThreads { engine.threads = layoutThreads }
    }

    public typealias LineBreaking = LayoutEngine.LineBreaking
    /// How justified paragraphs are broken (the benchmark compares the two).
    public var lineBreaking: LineBreaking {
        get { engine.lineBreaking }
        set { engine.lineBreaking = newValue }
    }

    /// The laid-out pages of one school's document.
    public func layout(_ kind: DocumentKind, dossier: Dossier, campaign: Campaign) throws -> LaidOutDocument {
        guard kind.isAvailable(for: dossier) else { throw PublishingError(kind.unavailableReason(for: dossier)) }
        let certificate = kind == .certificat ? try CertificateIdentity(dossier: dossier, campaign: campaign) : nil
        let context = TemplateContext.dossier(dossier, campaign: campaign, certificate: certificate,
                                              electronicSigner: kind.isSigned ? signer?.signerName : nil)
        if kind.mayBeLong { engine.prepareHelpers() }
        return try layout(template: kind.templateName, context: context, campaign: campaign, dataFile: dossier.file.path,
                          threads: kind.mayBeLong ? engine.threads : 1)
    }

    /// The campaign summary: decisions by category, refusals, and charts of the training map.
    public func layoutSummary(campaign: Campaign, dossiers: [Dossier]) throws -> LaidOutDocument {
        try layout(template: "synthese.xml", context: TemplateContext.summary(campaign: campaign, dossiers: dossiers),
                   campaign: campaign, dataFile: campaign.file.file)
    }

    /// Whether documents are finished as PDF/A-1b with PDF/UA-1 markers (`--pdfa none` turns it off).
    public var archival = true

    /// Who signs décisions and certificates (PAdES-B-B); nil: nothing is signed.
    public var signer: SigningIdentity?

    /// The finished PDF; a décision or a certificate signed as the very last step when there is a signer.
    public func pdf(_ document: LaidOutDocument, kind: DocumentKind? = nil) throws -> [UInt8] {
        let pdf = try PDFRenderer.render(document, fonts: fontRegistry, images: images)
        let finished = archival ? try ArchivalFinish.finish(pdf, language: document.metadata.language,
                                                                  figureAlternatives: document.figureAlternatives,
                                                                  cellSpans: document.cellSpans) : pdf
        guard let signer, let kind, kind.isSigned else { return finished }
        return try PDFSignature.sign(finished, identity: signer)
    }

    public func png(_ document: LaidOutDocument, resolution: Double = 96) throws -> [[UInt8]] {
        try PNGRenderer.render(document, resolution: resolution, fonts: fontRegistry, images: images)
    }

    /// Reads and lexes the template of `kind` before the data are there, for a caller with a
    /// processor free while it reads them (`PendingPublisher`).
    public func prepare(_ kind: DocumentKind, campaignFolder: URL) {
        templates(campaignFolder: campaignFolder).prepare(templateNamed: kind.templateName)
    }

    /// The sections of a dossier that documents of `kinds` read with the campaign's templates: a batch
    /// reads no other (see `DossierSection`).
    public func sectionsRead(by kinds: [DocumentKind], campaignFolder: URL) -> Set<DossierSection> {
        let templates = templates(campaignFolder: campaignFolder)
        return kinds.reduce(into: []) { sections, kind in
            sections.formUnion(DossierSection.read(by: kind, variables: templates.variablesRead(templateNamed: kind.templateName)))
        }
    }

    private func templates(campaignFolder: URL) -> TemplateEngine {
        let key = [campaignFolder.standardizedFileURL.path]
        let templates = templateEngines[key] ?? Self.templateEngine(campaignFolder: campaignFolder, resources: resources)
        templateEngines[key] = templates
        return templates
    }

    /// The templates a campaign's documents are made from: an académie's file of the same name, in
    /// the campaign's `templates/` folder, wins over the national one.
    static func templateEngine(campaignFolder: URL, resources: URL) -> TemplateEngine {
        let searchPaths = [campaignFolder.appendingPathComponent("templates"),
                           resources.appendingPathComponent("templates/national")]
        return TemplateEngine(searchPaths: searchPaths,
                              roots: AllowedRoots.campaign([campaignFolder, resources.appendingPathComponent("templates")]),
                              filters: LabelFilters.all)
    }

    private func layout(template: String, context: [String: Any], campaign: Campaign, dataFile: String,
                        threads: Int = 1) throws -> LaidOutDocument {
        let document: Document
        do {
            document = try templates(campaignFolder: campaign.folder).render(templateNamed: template, context: context,
                                                                             dataFile: dataFile, threads: threads)
        } catch let error as TemplateError {
            throw TemplatePaths(resources: resources).display(error)
        }
        do {
            return try engine.layout(document)
        } catch var error as LayoutError where error.source != nil {
            error.source!.path = TemplatePaths(resources: resources).display(error.source!.path)
            throw error
        }
    }
}

private extension DocumentKind {
    /// Documents that run to many pages (a dossier, a report): their layout may take several threads.
    var mayBeLong: Bool { self == .dossier || self == .rapport }
}
