/// What a campaign's print file of certificates (`certificats.pdf`) says of itself: the title and
/// author a PDF viewer shows, and its date, the campaign's first day, so that the same data gives the
/// same file.
public struct CertificatesPrintFile: Sendable {
    public var title: String
    public var author: String
    /// ISO 8601: the first of September of the campaign's first year.
    public var creationDate: String

    public init(campaign: Campaign) {
        title = "Certificats « lycée des métiers » — campagne \(campaign.campagne)"
        author = FrenchFormat.academie(campaign.academie)
        creationDate = "\(campaign.campagne.firstYear)-09-01T00:00:00Z"
    }
}
