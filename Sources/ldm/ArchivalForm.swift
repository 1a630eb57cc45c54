import ArgumentParser

/// `--pdfa`: the archival form PDF files are finished in.
enum ArchivalForm: String, ExpressibleByArgument, CaseIterable {
    case b1 = "1b", none
}
