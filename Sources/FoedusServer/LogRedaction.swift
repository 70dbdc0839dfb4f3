import Foundation
import OpenAPIRuntime

/// Credentials never reach a log line: every line the server writes passes through ``redact(_:)``, and an
/// error is described without the request that carried it (``describe(_:)``).
///
/// What is masked: the values of the `Authorization`, `Proxy-Authorization`, `Cookie`, `Set-Cookie` and
/// `X-Api-Key` headers; anything after `Bearer ` or `Basic `; the project's tokens (`foedus_…`) wherever they
/// appear (a path, a query, a message); and the values of query parameters named like a secret (`token`,
/// `access_token`, `api_key`, `key`, `secret`, `password`, `session`).
package enum LogRedaction {
    package static let mask = "[redacted]"

    /// `text` with every credential replaced by ``mask``.
    package static func redact(_ text: String) -> String {
        guard mayHoldACredential(text) else { return text }
        var text = text
        text.replace(headerField) { match in String(match.1) + String(match.2) + mask }
        text.replace(scheme) { match in String(match.1) + " " + mask }
        text.replace(queryValue) { match in String(match.1) + String(match.2) + "=" + mask }
        text.replace(token) { _ in "foedus_" + mask }
        return text
    }

    /// A cheap test that skips the expressions for the usual request line (method, path, status, time).
    private static func mayHoldACredential(_ text: String) -> Bool {
        let lower = text.lowercased()
        return [
            "foedus_", "bearer", "basic", "authorization", "cookie", "api-key", "token", "key=", "secret",
            "password", "session",
        ].contains { lower.contains($0) }
    }

    /// `authorization: …`, `"cookie": "…"`, `set-cookie=…`: the value up to the end of the field as the
    /// common descriptions of a header list write it (a comma, bracket, parenthesis, quote or line end). No
    /// value starts with `[`, so a line redacted twice is the line redacted once.
    nonisolated(unsafe) private static let headerField =
        #/(?i)\b(proxy-authorization|authorization|set-cookie|cookie|x-api-key)(["']?[ \t]*[:=][ \t]*["']?)[^,\[\]\)\n"'\s][^,\]\)\n"']*/#
    nonisolated(unsafe) private static let scheme = #/(?i)\b(bearer|basic)\s+[^\s,\[\]\)"'][^\s,\]\)"']*/#
    nonisolated(unsafe) private static let queryValue =
        #/(?i)([?&;\s]|^)(token|access_token|api_key|apikey|key|secret|password|session)=[^&\s#,"'\[][^&\s#,"']*/#
    nonisolated(unsafe) private static let token = #/foedus_[A-Za-z0-9_\-]+/#

    /// An error for the log: its type and message, and for an error from the generated code the operation and
    /// cause, without the request it carries (whose headers hold the caller's token and cookies); redacted.
    package static func describe(_ error: any Error) -> String {
        if let error = error as? ServerError {
            return redact(
                "\(error.operationID): \(error.causeDescription): \(describe(error.underlyingError))")
        }
        return redact("\(type(of: error)): \(String(reflecting: error))")
    }
}
