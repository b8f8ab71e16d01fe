/// A list of the review page's whose elements are made one at a time by position, from the
/// decoded JSON or from the document just extracted: its indices are `0..<elementCount`.
protocol PositionedList: RandomAccessCollection where Index == Int, Indices == Range<Int> {
    var elementCount: Int { get }
}

extension PositionedList {
    var startIndex: Int { 0 }
    var endIndex: Int { elementCount }
    var indices: Range<Int> { 0..<elementCount }
}
