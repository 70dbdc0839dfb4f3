import HTTPTypes
import Testing

@testable import FoedusServer

/// The 405 table is read from the document (issue #16 §1): what each concrete path takes.
@Suite struct MethodTableTests {
    let table = MethodTable.served

    @Test func concretePathsTakeTheDocumentsMethodsInAllowOrder() {
        #expect(table.methods("/v1/scenarios") == [.get, .post])
        #expect(table.methods("/v1/scenarios/ab-1") == [.get, .delete])
        #expect(table.methods("/v1/scenarios/ab-1/result") == [.get])
        #expect(table.methods("/v1/user-treaties/x") == [.get, .delete])
        #expect(table.methods("/v1/backtest/honouring") == [.get])
        #expect(table.methods("/") == [.get])
        #expect(table.methods("/openapi.json") == [.get])
        #expect(table.methods("/assets/app.js") == [.get])
    }

    @Test func aParameterIsOneNonEmptySegmentAndUnknownPathsHaveNone() {
        #expect(table.methods("/assets/") == nil)
        #expect(table.methods("/v1/scenarios/") == nil)
        #expect(table.methods("/v1/scenarios/a/b") == nil)
        #expect(table.methods("/v1/states/") == nil)
        #expect(table.methods("/v1/nothing") == nil)
    }

    @Test func aDocumentWithoutPathsKnowsOnlyItself() {
        let empty = MethodTable(document: [:])
        #expect(empty.methods("/v1/states") == nil)
        #expect(empty.methods("/openapi.json") == [.get])
    }
}
