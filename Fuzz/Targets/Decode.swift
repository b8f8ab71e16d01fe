import ReportExtract

/// Decoding: arbitrary bytes, strict and lenient. Every input must decode or throw a
/// `DecodeError`; a decoded text never holds a C0 control the decoder promised to reject.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for lenient in [false, true] {
        do {
            let decoded = try Decoder(lenient: lenient, maxLineBytes: 4096).decode(bytes)
            for scalar in decoded.text.unicodeScalars where scalar.value < 0x20 {
                precondition([0x09, 0x0A, 0x0C, 0x0D].contains(scalar.value), "control \(scalar.value) passed the decoder")
            }
            if !lenient { precondition(decoded.replacements == 0, "strict decoding replaced bytes") }
        } catch {
            _ = error.description
        }
    }
    return 0
}
