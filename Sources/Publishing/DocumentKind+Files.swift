import Label

extension DocumentKind {
    /// The file a batch writes for a school: « certificat.pdf ».
    var fileName: String { "\(rawValue).pdf" }

    /// Its place in a batch's output folder, as the manifest lists it: « 0060034E/certificat.pdf ».
    func path(school uai: String) -> String { "\(uai)/\(fileName)" }
}
