/// `…因公出国(境)经费、公务用车购置及运行费、公务接待费决算支出94.7亿元。其中,因公出国(境)经费
/// 17.73亿元,…` (中央本级 2011, a clerk's reading of stop 66: the three parts high under
/// `公务接待费决算支出`): a total named by the items of its own `其中` list, joined by `、`, is all
/// of them, not its last item. The label phrase stops at a `、` (a list of amounts usually parts
/// there); a total whose label opens with one of its parts' names, right after a `、`, takes the
/// items before it back when, with them, it names every part.
enum ProseListTotal {
    static func widen(
        _ matches: inout [ProseGrammar.Match], relations: [ProseRelationFinder.Found], text: [Unicode.Scalar],
        labels: ProseLabel
    ) {
        for relation in relations where relation.kind == .parts && relation.parts.count >= 2 {
            let total = relation.total
            guard matches[total].kind == "budget", let label = matches[total].label else { continue }
            let head = Array(label.unicodeScalars)
            var names = relation.parts.compactMap { matches[$0].label.map { Array($0.unicodeScalars) } }
            guard names.contains(where: { $0.count < head.count && head.starts(with: $0) }) else { continue }
            let number = matches[total].token.range.lowerBound
            let floor = total > 0 ? matches[total - 1].token.range.upperBound : 0
            // The label may have lost words before the number (`…支出共计25万元`).
            guard number > floor + head.count, let end = (floor + head.count + 1...number).reversed().first(where: { Scalars.has(head, in: text, endingAt: $0) }),
                text[end - head.count - 1] == "、"
            else { continue }
            // Parts the label names already (`公务用车购置及运行费和公务接待费支出`) need no item.
            names.removeAll { name in head.indices.contains { Scalars.has(name, in: head, at: $0) } }
            var comma = end - head.count - 1
            var items: [[Unicode.Scalar]] = []
            while !names.isEmpty {
                let item = Array(labels.label(before: comma, floor: floor, in: text).unicodeScalars)
                guard !item.isEmpty, let named = names.firstIndex(where: { Self.names(item, $0) }) else { break }
                items.append(item.count <= names[named].count ? item : names[named])
                names.remove(at: named)
                // Only a name printed whole before its `、` tells where the one before it ends.
                guard Scalars.has(item, in: text, endingAt: comma), comma - item.count - 1 >= floor,
                    text[comma - item.count - 1] == "、"
                else { break }
                comma -= item.count + 1
            }
            guard !items.isEmpty, names.isEmpty else { continue }
            matches[total].label = Scalars.string((items.reversed() + [head]).joined(separator: ["、"]))
            if let field = matches[total].field?.id, relation.parts.contains(where: { matches[$0].field?.id == field }) {
                (matches[total].field, matches[total].alias, matches[total].droppedQualifier) = (nil, nil, nil)
            }
        }
    }

    /// Whether a list item and a part's label name the same thing, one ending the other
    /// (`事业单位…开支的因公出国经费` names `出国经费`).
    private static func names(_ item: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        item.count >= 2 && part.count >= 2
            && (Scalars.has(part, in: item, endingAt: item.count) || Scalars.has(item, in: part, endingAt: part.count))
    }
}
