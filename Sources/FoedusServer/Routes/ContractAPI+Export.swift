import FoedusAnalysis
import FoedusApp
import FoedusFormats
import OpenAPIRuntime

extension ContractAPI {
    /// `GET /v1/export/dyad-years`: the dyad-year CSV of `foedus export dyad-years` (docs/dyad-years.md), as
    /// chunks of the writer's buffer. The history datasets are parsed once, on the first export; writing the whole
    /// range takes a fraction of a second and runs as an expensive job.
    func exportDyadYears(_ input: Operations.ExportDyadYears.Input) async throws -> Operations.ExportDyadYears.Output {
        let q = input.query
        let from = try Self.number("from", q.from, in: 1816...2018, default: 1816)
        let to = try Self.number("to", q.to, in: 1816...2018, default: 2018)
        guard from <= to else { throw APIError.badRequest("to: must not be before from (\(from))") }
        let directed = !(q.nondirected ?? false)
        let history = try History.load()
        let years = from...to
        let header = Provenance.dyadYears(directed: directed, years: years)
        let (stream, continuation) = AsyncStream.makeStream(of: HTTPBody.ByteChunk.self)
        _ = try await jobs.run {
            try DyadYearWriter(source: history.source).write(
                years: years, directed: directed, format: .csv, header: header
            ) { bytes in
                continuation.yield(ArraySlice(bytes.bindMemory(to: UInt8.self)))
            }
            continuation.finish()
        }
        return .ok(
            .init(
                headers: .init(contentDisposition: "attachment; filename=\"dyad-years-\(from)-\(to).csv\""),
                body: .textCsvCharsetUtf8(HTTPBody(stream, length: .unknown))))
    }
}
