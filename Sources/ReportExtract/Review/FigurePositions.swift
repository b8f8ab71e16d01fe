/// Figure positions by a key read from the figures themselves (their id, their cell): an
/// open-addressed table of positions, the keys read again when compared. A `[String: Int]` of
/// ids and a `[Key: Int32]` of cells held each key beside its position (about 16 and 10 MB, and
/// more while they grew, beside the page of a 300,000-row table); this holds 4 bytes a slot.
struct FigurePositions<Key: Hashable> {
    /// Figure positions, `empty` where none; at least half again as many slots as figures, a
    /// power of two, so at most two thirds full (linear probing then still finds a key in two
    /// probes or so). Twice as many had made the two tables of a 300,000-figure page 8 MB
    /// instead of 4, at the page's peak. A page's figures are all in memory, so their positions
    /// fit `Int32`.
    private var slots: [Int32]
    private static var empty: Int32 { -1 }
    /// Figure `position`'s key; nil for a figure never added.
    private let key: (Int) -> Key?

    init(count: Int, key: @escaping (Int) -> Key?) {
        self.key = key
        var capacity = 1
        while 2 * capacity < 3 * count { capacity *= 2 }
        slots = [Int32](repeating: Self.empty, count: capacity)
    }

    /// Adds figure `position` under its key (which must not be nil); returns the position
    /// already held under an equal key, which `replacing` replaces.
    @discardableResult
    mutating func add(_ position: Int, replacing: Bool) -> Int? {
        let wanted = key(position)!
        let slot = find(wanted)
        guard slots[slot] == Self.empty else {
            let earlier = Int(slots[slot])
            if replacing { slots[slot] = Int32(position) }
            return earlier
        }
        slots[slot] = Int32(position)
        return nil
    }

    subscript(wanted: Key) -> Int? {
        let slot = find(wanted)
        return slots[slot] == Self.empty ? nil : Int(slots[slot])
    }

    /// The slot holding `wanted`, or the empty one where it would go.
    private func find(_ wanted: Key) -> Int {
        let mask = slots.count - 1
        var slot = wanted.hashValue & mask
        while slots[slot] != Self.empty, key(Int(slots[slot])) != wanted { slot = (slot + 1) & mask }
        return slot
    }
}

extension FigurePositions<String> {
    /// A page's figures by id; as with a map filled in order, the last of equal ids stands.
    init(count: Int, id: @escaping (Int) -> String) {
        self.init(count: count, key: id)
        for position in 0..<count { add(position, replacing: true) }
    }
}
