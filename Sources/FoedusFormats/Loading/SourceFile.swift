/// A data file's name and text, read by the caller (Formats does no file I/O).
public struct SourceFile: Hashable, Sendable {
    public var path: String
    public var text: String
    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
