/// Lets figures with the same reasons hold one array of them. A column's figures mostly end with
/// the same list (`parse:clean`, `check:ok:breakdown_total_row@t6.c1`), and each figure graded
/// held its own copy: 300,000 figures, about 24 MB from reconcile to the last output. A figure
/// whose reasons are the same bytes as the figure's before takes that array; its own copy goes
/// back to the allocator, which hands it to the next figure graded.
struct SharedReasons {
    private var last: [String] = []

    mutating func share(_ reasons: inout [String]) {
        if Self.sameBytes(reasons, last) {
            reasons = last
        } else {
            last = reasons
        }
    }

    /// Byte for byte, not `==`: canonically equal spellings print differently.
    private static func sameBytes(_ a: [String], _ b: [String]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Scalars.sameBytes($0, $1) }
    }
}
