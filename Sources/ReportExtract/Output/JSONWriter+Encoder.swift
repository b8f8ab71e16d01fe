/// The `Encoder` the writer hands to `encode(to:)`: containers write into the sink as values
/// arrive. It and the single value container are two references (the coding path lives in the
/// frame), small enough for an existential to hold without allocating.
struct JSONByteEncoder: Encoder {
    let sink: JSONSink
    let frame: JSONFrame

    var path: JSONCodingPath { frame.path }
    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        sink.open(frame, as: .object)
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(sink: sink, frame: frame, path: path.node()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        sink.open(frame, as: .array)
        return JSONUnkeyedContainer(sink: sink, frame: frame, path: path.node())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(sink: sink, frame: frame)
    }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: JSONSink
    let frame: JSONFrame
    let path: JSONPath?

    var codingPath: [any CodingKey] { JSONPath.keys(path) }

    private func member(_ key: Key, _ write: () throws -> Void) throws {
        sink.beginEntry(frame, key: key.stringValue)
        try write()
        try sink.endEntry(frame)
    }

    mutating func encodeNil(forKey key: Key) throws { try member(key) { sink.writeNull() } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try member(key) { sink.writeBool(value) } }
    mutating func encode(_ value: String, forKey key: Key) throws { try member(key) { sink.writeString(value) } }
    mutating func encode(_ value: Int, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(key) { sink.writeInteger(value) } }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        try member(key) { try sink.writeFloatingPoint(value, codingPath: codingPath + [key]) }
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        try member(key) { try sink.writeFloatingPoint(value, codingPath: codingPath + [key]) }
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try member(key) { try sink.writeValue(value, path: JSONCodingPath(parent: path, key: key), depth: frame.depth + 1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let (child, childFrame) = sink.deferEntry(frame, key: key.stringValue)
        child.open(childFrame, as: .object)
        return KeyedEncodingContainer(
            JSONKeyedContainer<NestedKey>(sink: child, frame: childFrame, path: JSONPath(parent: path, key: key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let (child, childFrame) = sink.deferEntry(frame, key: key.stringValue)
        child.open(childFrame, as: .array)
        return JSONUnkeyedContainer(sink: child, frame: childFrame, path: JSONPath(parent: path, key: key))
    }

    mutating func superEncoder() -> any Encoder {
        let (child, childFrame) = sink.deferEntry(frame, key: SuperKey().stringValue)
        childFrame.path = JSONCodingPath(parent: path, key: SuperKey())
        return JSONByteEncoder(sink: child, frame: childFrame)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let (child, childFrame) = sink.deferEntry(frame, key: key.stringValue)
        childFrame.path = JSONCodingPath(parent: path, key: key)
        return JSONByteEncoder(sink: child, frame: childFrame)
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let sink: JSONSink
    let frame: JSONFrame
    let path: JSONPath?

    var codingPath: [any CodingKey] { JSONPath.keys(path) }
    var count: Int { frame.count }

    private func element(_ write: () throws -> Void) throws {
        sink.beginEntry(frame, key: nil)
        try write()
        try sink.endEntry(frame)
    }

    mutating func encodeNil() throws { try element { sink.writeNull() } }
    mutating func encode(_ value: Bool) throws { try element { sink.writeBool(value) } }
    mutating func encode(_ value: String) throws { try element { sink.writeString(value) } }
    mutating func encode(_ value: Int) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: Int8) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: Int16) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: Int32) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: Int64) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt8) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt16) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt32) throws { try element { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt64) throws { try element { sink.writeInteger(value) } }

    mutating func encode(_ value: Double) throws {
        let key = IndexKey(count)
        try element { try sink.writeFloatingPoint(value, codingPath: codingPath + [key]) }
    }

    mutating func encode(_ value: Float) throws {
        let key = IndexKey(count)
        try element { try sink.writeFloatingPoint(value, codingPath: codingPath + [key]) }
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = IndexKey(count)
        try element { try sink.writeValue(value, path: JSONCodingPath(parent: path, key: key), depth: frame.depth + 1) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = IndexKey(count)
        let (child, childFrame) = sink.deferEntry(frame, key: nil)
        child.open(childFrame, as: .object)
        return KeyedEncodingContainer(
            JSONKeyedContainer<NestedKey>(sink: child, frame: childFrame, path: JSONPath(parent: path, key: key)))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = IndexKey(count)
        let (child, childFrame) = sink.deferEntry(frame, key: nil)
        child.open(childFrame, as: .array)
        return JSONUnkeyedContainer(sink: child, frame: childFrame, path: JSONPath(parent: path, key: key))
    }

    mutating func superEncoder() -> any Encoder {
        let key = IndexKey(count)
        let (child, childFrame) = sink.deferEntry(frame, key: nil)
        childFrame.path = JSONCodingPath(parent: path, key: key)
        return JSONByteEncoder(sink: child, frame: childFrame)
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let sink: JSONSink
    let frame: JSONFrame

    var path: JSONCodingPath { frame.path }
    var codingPath: [any CodingKey] { path.keys }

    private func single(_ write: () throws -> Void) rethrows {
        precondition(frame.kind == .unset, "a single value container holds one value")
        frame.kind = .single
        try write()
    }

    mutating func encodeNil() { single { sink.writeNull() } }
    mutating func encode(_ value: Bool) { single { sink.writeBool(value) } }
    mutating func encode(_ value: String) { single { sink.writeString(value) } }
    mutating func encode(_ value: Int) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: Int8) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: Int16) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: Int32) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: Int64) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt8) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt16) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt32) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: UInt64) { single { sink.writeInteger(value) } }
    mutating func encode(_ value: Double) throws { try single { try sink.writeFloatingPoint(value, codingPath: codingPath) } }
    mutating func encode(_ value: Float) throws { try single { try sink.writeFloatingPoint(value, codingPath: codingPath) } }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try single { try sink.writeValue(value, path: path, depth: frame.depth) }
    }
}
