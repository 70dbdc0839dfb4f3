/// What a JSON decoder lets through and the API refuses: a key given twice in one object (which value would
/// count?) and nesting deeper than the API's bodies need. One pass over the bytes, with no recursion, so a
/// body of 10,000 `[` costs a loop, not a stack. A body that is not JSON at all is left to the decoder, which
/// says so.
struct JSONBodyCheck {
    /// The deepest nesting accepted (the API's bodies need 2).
    var maximumDepth = 64

    /// Throws a 400 ``APIError`` naming the duplicate key by its path (`attacks: duplicate key`) or the depth.
    func check(_ bytes: [UInt8]) throws {
        var stack: [Frame] = []
        var expectingKey = false
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard stack.count < maximumDepth else {
                    throw APIError.badRequest("body: nested deeper than \(maximumDepth) levels")
                }
                let isObject = bytes[index] == UInt8(ascii: "{")
                stack.append(isObject ? .object(keys: [], key: nil) : .array(index: 0))
                expectingKey = isObject
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard stack.popLast() != nil else { return }  // not JSON: the decoder will say so
                expectingKey = false
            case UInt8(ascii: ","):
                switch stack.last {
                case .object: expectingKey = true
                case .array(let position):
                    stack[stack.count - 1] = .array(index: position + 1)
                case nil: return
                }
            case UInt8(ascii: "\""):
                guard let (text, end) = Self.string(bytes, from: index) else { return }
                index = end
                if expectingKey, case .object(var keys, _) = stack.last {
                    guard keys.insert(text).inserted else {
                        throw APIError.badRequest("\(Self.path(stack.dropLast(), then: text)): duplicate key")
                    }
                    stack[stack.count - 1] = .object(keys: keys, key: text)
                    expectingKey = false
                }
                continue
            default:
                break
            }
            index += 1
        }
    }

    /// An open object (its keys so far, the one being read) or array (the position being read).
    enum Frame {
        case object(keys: Set<String>, key: String?)
        case array(index: Int)
    }

    /// `with[0].name`: the path to a key, for messages.
    static func path(_ frames: some Sequence<Frame>, then key: String) -> String {
        var text = ""
        for frame in frames {
            switch frame {
            case .object(_, let name?): text += text.isEmpty ? name : "." + name
            case .object(_, nil): break
            case .array(let position): text += "[\(position)]"
            }
        }
        return text.isEmpty ? key : text + "." + key
    }

    /// The string starting at the quote at `start`, its escapes decoded, and the index after its closing quote;
    /// `nil` when it is not a JSON string.
    static func string(_ bytes: [UInt8], from start: Int) -> (String, Int)? {
        var scalars = String.UnicodeScalarView()
        var plain: [UInt8] = []
        var index = start + 1
        func flush() {
            scalars.append(contentsOf: String(decoding: plain, as: UTF8.self).unicodeScalars)
            plain.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush()
                return (String(scalars), index + 1)
            }
            guard byte == UInt8(ascii: "\\") else {
                plain.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return nil }
            flush()
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                scalars.append(Unicode.Scalar(escaped))
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                guard var unit = hex(bytes, at: index) else { return nil }
                index += 4
                if (0xD800..<0xDC00).contains(unit), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u"), let low = hex(bytes, at: index + 2),
                    (0xDC00..<0xE000).contains(low)
                {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
            default:
                return nil
            }
        }
        return nil
    }

    /// Four hexadecimal digits at `index`.
    private static func hex(_ bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        return UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    }
}
