import Crypto
import FoedusAnalysis
import FoedusCore
import Foundation
import Testing
import Yams

@testable import FoedusServer

/// The contract in `api/openapi.yaml` as the server embeds and serves it: complete (every response body has a
/// schema, every reference resolves), in step with the code's enumerations and limits.
@Suite struct OpenAPIDocumentTests {
    /// The document as a server with some limits of its own serves it.
    let served: [String: Any]

    init() throws {
        var limits = ServerConfiguration.Limits()
        limits.attacks = 5
        limits.runs = 77
        limits.requestTimeout = 9
        let text = try OpenAPIDocument.json(limits: limits)
        served = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func theEmbeddedYAMLIsTheFileInTheRepository() throws {
        let digest = SHA256.hash(data: Data(OpenAPISpec.yaml.utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(digest == OpenAPISpec.sha256)
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../api/openapi.yaml")
        let onDisk = try String(contentsOf: file, encoding: .utf8)
        #expect(
            onDisk.trimmingCharacters(in: .newlines) == OpenAPISpec.yaml,
            "api/openapi.yaml was edited: run scripts/generate-openapi")
        #expect(
            OpenAPIGeneratedFrom.document == OpenAPISpec.sha256,
            "Generated/OpenAPI was made from another api/openapi.yaml: run scripts/generate-openapi")
    }

    @Test func theYAMLStatesTheDefaultLimitsWhereTheServerPutsItsOwn() throws {
        let spec = try OpenAPIDocument.spec()
        for (pointer, value) in OpenAPIDocument.limitFields(ServerConfiguration.Limits()) {
            #expect(try OpenAPIDocument.value(at: pointer, in: spec) as? Int == value, "\(pointer)")
        }
        let served = served
        #expect(try OpenAPIDocument.value(at: "/components/parameters/attack/schema/maxItems", in: served) as? Int == 5)
        #expect(try OpenAPIDocument.value(at: "/components/parameters/runs/schema/maximum", in: served) as? Int == 77)
        #expect(try OpenAPIDocument.value(at: "/info/version", in: served) as? String == FoedusVersion.code)
        for pointer in OpenAPIDocument.tokenFields {
            let text = try #require(try OpenAPIDocument.value(at: pointer, in: served) as? String)
            #expect(text.range(of: #"\{[A-Za-z]+\}"#, options: .regularExpression) == nil, "\(pointer): \(text)")
        }
        let timeout = try OpenAPIDocument.value(at: "/components/responses/Timeout/description", in: served) as? String
        #expect(timeout?.contains("(9 s)") == true)
    }

    @Test func everyReferenceResolvesAndEveryJSONBodyHasASchema() throws {
        let served = served
        var references: [(at: String, target: String)] = []
        func walk(_ node: Any, _ path: String) {
            if let object = node as? [String: Any] {
                if let target = object["$ref"] as? String { references.append((path, target)) }
                if object["type"] as? String == "object" {
                    #expect(
                        object["properties"] != nil || object["additionalProperties"] is [String: Any],
                        "\(path): an object schema without properties says nothing")
                }
                for (key, value) in object { walk(value, path + "/" + key) }
            } else if let array = node as? [Any] {
                for (index, value) in array.enumerated() { walk(value, path + "/\(index)") }
            }
        }
        walk(served, "")
        #expect(references.count > 100)
        for reference in references {
            #expect(reference.target.hasPrefix("#/"), "\(reference.at)")
            #expect(
                (try? OpenAPIDocument.value(at: String(reference.target.dropFirst()), in: served)) != nil,
                "\(reference.at): \(reference.target) does not resolve")
        }
        let paths = try #require(served["paths"] as? [String: [String: Any]])
        for (path, item) in paths {
            for (method, operation) in item where method != "parameters" {
                let responses = (operation as? [String: Any])?["responses"] as? [String: Any] ?? [:]
                for (status, response) in responses {
                    let content = (response as? [String: Any])?["content"] as? [String: Any] ?? [:]
                    if let json = content["application/json"] as? [String: Any] {
                        #expect(json["schema"] != nil, "\(method) \(path) \(status): no schema")
                    }
                }
            }
        }
    }

    @Test func theEnumerationsAreTheCodes() throws {
        let schemas = try #require(served["components"] as? [String: Any])["schemas"] as? [String: Any]
        func values(_ name: String) -> [String] {
            ((schemas?[name] as? [String: Any])?["enum"] as? [String]) ?? []
        }
        #expect(values("ProvisionKind") == Provision.Kind.allCases.map(\.rawValue))
        #expect(values("Strength") == Provision.Strength.allCases.map(\.rawValue))
        #expect(values("QuoteStatus") == Provision.QuoteStatus.allCases.map(\.rawValue))
        #expect(values("ObligationStatus") == Obligation.Status.allCases.map(\.rawValue))
        #expect(values("Restraint") == ScenarioResult.Restraint.allCases.map(\.rawValue))
        #expect(values("ConflictKind") == Conflict.Kind.allCases.map(\.rawValue))
        #expect(values("ExplanationReasonCode") == Explanation.Reason.allCases.map(\.rawValue))
        #expect(values("Policy") == EscalationPolicy.allCases.map(\.rawValue))
        #expect(values("Honour") == HonourThreshold.allCases.map(\.rawValue))
        #expect(values("DeploymentKind") == Deployment.Kind.allCases.map(\.rawValue))
        #expect(values("Tie") == MapTies.Tie.allCases.map(\.rawValue))
        let parameters = try #require(served["components"] as? [String: Any])["parameters"] as? [String: Any]
        let sovereignty = (parameters?["sovereignty"] as? [String: Any])?["schema"] as? [String: Any]
        #expect(sovereignty?["enum"] as? [String] == SovereigntyReading.allCases.map(\.rawValue))
    }

    @Test func aKeyThatYAMLReadsAsABooleanIsRefusedWithItsPath() throws {
        let node = try #require(try Yams.compose(yaml: "parameters:\n  on: {name: on}\n"))
        #expect {
            _ = try OpenAPIDocument.jsonValue(node, at: "")
        } throws: { error in
            "\(error)" == "api/openapi.yaml: /parameters: the key on is not a string: quote it"
        }
        let dated = try #require(try Yams.compose(yaml: "example: 2024-12-04\n"))
        #expect(throws: OpenAPIDocument.SpecError.self) { try OpenAPIDocument.jsonValue(dated, at: "") }
    }
}
