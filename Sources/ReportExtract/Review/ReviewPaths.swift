/// Where the review pages go in the output directory: `index.html` at the top, and one page per
/// document under `review/`, mirroring the JSON (`a/b.json` → `review/a/b.html`). Outputs always
/// end in `.json`, so no page can ever land on an output or the other way round.
public enum ReviewPaths {
    public static let index = "index.html"
    public static let directory = "review"

    /// `review/a/b.html` for the output `a/b.json`.
    public static func page(forOutput output: String) -> String {
        let stem = output.hasSuffix(".json") ? String(output.dropLast(5)) : output
        return directory + "/" + stem + ".html"
    }

    /// The relative way from a page back to the output directory: `../../` for `review/a/b.html`.
    static func rootPrefix(ofPage page: String) -> String {
        String(repeating: "../", count: page.utf8.filter { $0 == UInt8(ascii: "/") }.count)
    }

    /// The link from `index.html` to a page: each path component percent-encoded.
    static func href(_ relative: String) -> String {
        relative.split(separator: "/", omittingEmptySubsequences: false).map { percentEncoded(String($0)) }
            .joined(separator: "/")
    }

    private static func percentEncoded(_ component: String) -> String {
        var out = ""
        for byte in component.utf8 {
            let isSafe = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "~")
            if isSafe {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
