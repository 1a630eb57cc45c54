/// The statements that record certificates (see `Registry.record`), made one at a time as the backend
/// runs them: three a certificate, which for ten thousand certificates would weigh more, held at
/// once, than the certificates themselves.
struct RecordingStatements<Certificates: RandomAccessCollection<IssuedCertificate> & Sendable>: Sequence, Sendable {
    let certificates: Certificates

    func makeIterator() -> Iterator {
        Iterator(certificates: certificates, schools: Set(certificates.map(\.uai)).sorted())
    }

    /// Each certificate's row and file, then each school's latest certificate.
    struct Iterator: IteratorProtocol {
        let certificates: Certificates
        let schools: [String]
        private var index = 0

        init(certificates: Certificates, schools: [String]) {
            self.certificates = certificates; self.schools = schools
        }

        mutating func next() -> SQLStatement? {
            defer { index += 1 }
            if index < 2 * certificates.count {
                let c = certificates[certificates.index(certificates.startIndex, offsetBy: index / 2)]
                return index % 2 == 0 ? Self.insert(c) : Self.file(c)
            }
            let school = index - 2 * certificates.count
            return school < schools.count ? Self.supersede(uai: schools[school]) : nil
        }

        private static func insert(_ c: IssuedCertificate) -> SQLStatement {
            SQLStatement("""
                INSERT INTO certificates (code, number, uai, school, town, label, valid_from, valid_until,
                  decision_number, decision_date, campaign, sha256, issued_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
                ON CONFLICT (code) DO UPDATE SET sha256 = excluded.sha256, issued_at = excluded.issued_at
                """, [c.code, c.number, c.uai, c.school, c.town, c.label, c.validFrom, c.validUntil,
                      c.decisionNumber, c.decisionDate, c.campaign, c.sha256, Registry.timestamp(c.issuedAt)])
        }

        private static func file(_ c: IssuedCertificate) -> SQLStatement {
            SQLStatement("INSERT INTO certificate_files (sha256, code) VALUES ($1, $2) ON CONFLICT (sha256) DO NOTHING",
                         [c.sha256, c.code])
        }

        private static func supersede(uai: String) -> SQLStatement {
            SQLStatement("""
                UPDATE certificates SET superseded_by = NULLIF((SELECT latest.code FROM certificates latest
                  WHERE latest.uai = $1 ORDER BY latest.valid_from DESC, latest.issued_at DESC, latest.code DESC
                  LIMIT 1), code)
                WHERE uai = $1
                """, [uai])
        }
    }
}
