import FoedusAPI
import FoedusAnalysis
import FoedusCore
import FoedusFormats
import Foundation
import Hummingbird
import NIOCore

/// `GET /v1/export/dyad-years`: the dyad-year CSV of `foedus export dyad-years` (docs/dyad-years.md),
/// streamed as it is written. The history datasets are parsed once, on the first export.
struct ExportRoutes {
    let limits: ServerConfiguration.Limits
    let jobs: JobLimiter

    init(limits: ServerConfiguration.Limits, jobs: JobLimiter) {
        self.limits = limits
        self.jobs = jobs
    }

    func add(to router: Router<FoedusRequestContext>) {
        router.get("/v1/export/dyad-years") { request, _ in
            let query = QueryReader(request: request, limits: limits)
            let from = try query.integer("from", in: 1816...2018, default: 1816)
            let to = try query.integer("to", in: 1816...2018, default: 2018)
            guard from <= to else { throw APIError.badRequest("to: must not be before from (\(from))") }
            let directed = !(try query.flag("nondirected"))
            let history = try History.load()
            let years = from...to
            let header = Provenance.dyadYears(directed: directed, years: years)
            let (stream, continuation) = AsyncStream.makeStream(of: ByteBuffer.self)
            // The whole range takes a fraction of a second to write; it runs as an expensive job.
            _ = try await jobs.run {
                try DyadYearWriter(source: history.source).write(
                    years: years, directed: directed, format: .csv, header: header
                ) { bytes in
                    continuation.yield(ByteBuffer(bytes: bytes))
                }
                continuation.finish()
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8",
                    .contentDisposition: "attachment; filename=\"dyad-years-\(from)-\(to).csv\"",
                ],
                body: ResponseBody(asyncSequence: stream))
        }
    }
}
