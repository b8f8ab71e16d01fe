/// The second stage's result: the text split into lines, each folded to half width with its
/// markers removed, and each able to say where its characters were in the raw input.
public struct NormalizedText: Sendable {
    public var lines: [NormalizedLine]
    /// `[bookmark: …]` and `[image: …]` markers taken out of the text, in order.
    public var markers: [Marker]
    /// How many scalars were changed or removed by width folding (markers not counted).
    public var foldedScalars: Int
}

/// One line of the input. `number` is 1-based and counts raw lines (LF, or CR LF).
public struct NormalizedLine: Sendable, Equatable {
    public var number: Int
    /// Normalized text: width folded, markers removed.
    public var text: String
    /// The line exactly as in the decoded input, without its line break.
    public var raw: String
    /// For each scalar of `text`, its 0-based scalar column in `raw`; nil when they coincide.
    public var rawColumns: [Int]?

    /// The raw text without Tika's markers (and soft hyphens): what the document itself printed,
    /// width not folded. Scalar for scalar the counterpart of `text`.
    public var unmarkedRaw: String {
        guard let rawColumns else { return raw }
        let scalars = Array(raw.unicodeScalars)
        var view = String.UnicodeScalarView()
        for column in rawColumns { view.append(scalars[column]) }
        return String(view)
    }

    /// 0-based raw scalar column of the normalized scalar at `column`.
    public func rawColumn(of column: Int) -> Int {
        guard let rawColumns else { return column }
        if column < rawColumns.count { return rawColumns[column] }
        return raw.unicodeScalars.count
    }
}

/// A Tika marker removed from the text, with where it was.
public struct Marker: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case bookmark, image }
    public var kind: Kind
    public var name: String
    public var line: Int
    /// 1-based scalar column in the raw line.
    public var column: Int
}
