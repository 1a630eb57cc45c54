extension String {
    /// The string of these scalars, built through UTF-8: appending scalars to a String one by one (as
    /// `String.UnicodeScalarView` does) costs ten times more.
    init(scalars: some Collection<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 4)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
