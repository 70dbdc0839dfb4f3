public import FoedusAnalysis
import FoedusData
import FoedusFormats

/// The bundled architectures (`Data/architectures/*.yaml`): the seeds' proposal and its counterparts.
public enum BundledArchitectures {
    static var files: [SourceFile] {
        BundledData.files.filter { $0.path.hasPrefix("architectures/") }.map {
            SourceFile(path: "Data/" + $0.path, text: $0.text)
        }
    }

    /// Their ids, sorted.
    public static var ids: [String] { files.compactMap { try? ArchitectureDecoder.decode($0).id }.sorted() }

    /// The bundled architecture with this id (any case), or `nil`.
    public static func architecture(id: String) throws -> Architecture? {
        for file in files {
            let architecture = try ArchitectureDecoder.decode(file)
            if architecture.id.lowercased() == id.lowercased() { return architecture }
        }
        return nil
    }
}
