import Label
import Registry

/// What a batch keeps of each certificate it wrote, until its end: the registry's entry and the file's
/// size. The certificate's manifest entries (its file, its number and code) are made from it once the
/// schools are rendered, so that a ten-thousand-school batch does not hold three entries a certificate
/// while it renders, with the file's path in each.
struct WrittenCertificate: Sendable {
    var issued: IssuedCertificate
    var bytes: Int

    var path: String { DocumentKind.certificat.path(school: issued.uai) }
}

/// The certificates a batch wrote, as the registry records them: made one at a time from the batch's
/// `WrittenCertificate`s, rather than copied into an array of their own at the end of the batch.
public struct IssuedCertificates: RandomAccessCollection, Sendable {
    let written: [WrittenCertificate]

    init(_ written: [WrittenCertificate] = []) { self.written = written }

    public var startIndex: Int { written.startIndex }
    public var endIndex: Int { written.endIndex }
    public subscript(position: Int) -> IssuedCertificate { written[position].issued }
}
