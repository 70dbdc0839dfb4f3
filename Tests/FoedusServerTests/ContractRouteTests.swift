import FoedusApp
import FoedusCore
import FoedusData
import FoedusServer
import FoedusStore
import FoedusTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import FoedusServer

/// The operations served through the code generated from `api/openapi.yaml` (``ContractAPI``) behave as the
/// routes written by hand: the same bytes as the CLI's reports, ETag and 304, JSON whatever `Accept` says,
/// 400 naming the parameter the generated code could not decode, the caller's workspace.
extension RouterTests {
    @Test func healthStatesAndTreatiesAnswerThroughTheGeneratedCode() async throws {
        try await withServer { client, alice, _ in
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(
                    String(buffer: response.body)
                        == #"{"data":"\#(BundledData.version)","foedus":"\#(FoedusVersion.code)","status":"ok"}"#)
            }
            let day = try #require(Day(iso: "1914-07-28"))
            let expected = JSONBody.data(StatesReportJSON(world: Fixtures.world, day: day))
            let etag = try await client.execute(uri: "/v1/states?on=1914-07-28", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == expected)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-cache")
                return try #require(response.headers[.eTag])
            }
            #expect(etag == CachedBody(expected).etag)
            try await client.execute(
                uri: "/v1/states?on=1914-07-28", method: .get, headers: [.ifNoneMatch: etag]
            ) { response in
                #expect(response.status == .notModified)
                #expect(response.headers[.eTag] == etag)
                #expect(response.body.readableBytes == 0)
            }
            try await client.execute(
                uri: "/v1/treaties?on=2026-01-01&state=PRK", method: .get, headers: [.accept: "text/html"]
            ) { response in
                #expect(response.status == .ok)
                let ids = try #require(try json(response)["treaties"] as? [[String: Any]]).compactMap {
                    $0["id"] as? String
                }
                #expect(ids.contains("RUS-PRK-2024") && ids.contains("CHN-PRK-1961"))
            }
            // The caller's workspace reaches the generated handlers: alice has no treaties, so the list is the
            // bundled one; without a token, workspace=mine is refused.
            try await client.execute(
                uri: "/v1/treaties?on=2026-01-01&workspace=mine", method: .get, headers: bearer(alice)
            ) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/v1/treaties?on=2026-01-01&workspace=mine", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func aValueTheGeneratedCodeCannotDecodeIsA400NamingTheParameter() async throws {
        try await withServer { client, _, _ in
            for (uri, message) in [
                ("/v1/treaties?workspace=everyone", "workspace: 'everyone' is not one of mine"),
                ("/v1/treaties/RUS-PRK-2024?workspace=", "workspace: '' is not one of mine"),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let error = try #require(try json(response)["error"] as? [String: Any])
                    #expect(error["message"] as? String == message, "\(uri)")
                    #expect(error["code"] as? String == "badRequest")
                }
            }
        }
    }

    @Test func aSavedScenarioBodyThatDoesNotDecodeNamesTheField() async throws {
        try await withServer { client, alice, _ in
            for (contentType, body, message) in [
                ("application/json", #"{"id":"s1","name":"S","on":"2026-01-01"}"#, "attacks: missing"),
                (
                    "application/json", #"{"id":"s1","name":"S","on":"2026-01-01","attacks":[1]}"#,
                    "attacks[0]: wrong type"
                ),
                ("text/plain", #"{"id":"s1","name":"S","on":"2026-01-01"}"#, "attacks: missing"),
                ("application/json", "not json", "body: not valid JSON"),
            ] {
                var headers = bearer(alice)
                headers[.contentType] = contentType
                try await client.execute(
                    uri: "/v1/scenarios", method: .post, headers: headers, body: ByteBuffer(string: body)
                ) { response in
                    #expect(response.status == .badRequest, "\(body)")
                    let error = try #require(try json(response)["error"] as? [String: Any])
                    #expect(error["message"] as? String == message, "\(contentType) \(body)")
                }
            }
        }
    }

    @Test func theRulesComeFromTheDocument() throws {
        let document: [String: Any] = [
            "components": [
                "parameters": [
                    "runs": [
                        "name": "runs", "in": "query", "required": true,
                        "schema": ["type": "integer", "minimum": 1, "maximum": 9],
                    ]
                ]
            ],
            "paths": [
                "/x": [
                    "get": [
                        "operationId": "x",
                        "parameters": [
                            ["$ref": "#/components/parameters/runs"],
                            ["name": "flag", "in": "query", "schema": ["type": "boolean"]],
                            [
                                "name": "kind", "in": "query",
                                "schema": ["type": "array", "items": ["enum": ["a", "b"]]],
                            ],
                            ["name": "free", "in": "query", "schema": ["type": "string"]],
                            [
                                "name": "share", "in": "query",
                                "schema": ["type": "number", "minimum": 0, "maximum": 1],
                            ],
                        ],
                    ]
                ]
            ],
        ]
        let rules = QueryParameterRules(document: document)
        func problem(_ query: String) -> String? {
            rules.problem(
                operationID: "x", request: HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/x?" + query))
        }
        #expect(problem("runs=3&flag=true&kind=b&kind=a&free=anything") == nil)
        #expect(problem("flag=true") == "runs: required")
        #expect(problem("runs=2&share=0.25") == nil)
        #expect(problem("runs=2&share=2") == "share: '2' is not a number from 0 to 1")
        #expect(problem("runs=2&share=nan") == "share: 'nan' is not a number from 0 to 1")
        #expect(problem("runs=10") == "runs: '10' is not a whole number from 1 to 9")
        #expect(problem("runs=1&flag=yes") == "flag: 'yes' is not true or false")
        #expect(problem("runs=1&kind=a&kind=c") == "kind: 'c' is not one of a, b")
        #expect(
            rules.problem(
                operationID: "other", request: HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/x?runs=0")
            ) == nil)
    }
}
