/// Integers in decimal, as `String(value)` prints them, appended to bytes without making the
/// string: review pages and dataset rows print several for every figure.
enum DecimalBytes {
    static func append(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(magnitude: UInt64(value.magnitude), to: &bytes)
    }

    /// A magnitude's digits: least significant first into a buffer on the stack, then one
    /// append (a digit appended at a time retained and released the array's buffer for each).
    static func append(_ value: Int, to bytes: ByteBuffer) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        append(magnitude: UInt64(value.magnitude), to: bytes)
    }

    static func append(magnitude: UInt64, to bytes: inout [UInt8]) {
        withDigits(of: magnitude) { bytes.append(contentsOf: $0) }
    }

    static func append(magnitude: UInt64, to bytes: ByteBuffer) {
        withDigits(of: magnitude) { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    private static func withDigits(of magnitude: UInt64, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var rest = magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            body(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
