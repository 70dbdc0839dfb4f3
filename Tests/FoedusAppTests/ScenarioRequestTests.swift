import FoedusApp
import FoedusCore
import FoedusFormats
import FoedusTestSupport
import Foundation
import Testing

/// The one reading of a scenario request (issue #16 §1): every door's fields, checks and messages.
@Suite struct ScenarioRequestTests {
    let world = Fixtures.world
    let today = Fixtures.day("2026-01-01")

    func request(_ door: ScenarioRequest.Door, on: String? = "2024-09-01", _ attacks: [String]) -> ScenarioRequest {
        ScenarioRequest(door: door, on: on, attacks: attacks)
    }

    func failure(_ body: () throws -> Void) -> FoedusError? {
        do { try body() } catch let error as FoedusError { return error } catch { return nil }
        return nil
    }

    @Test func eachDoorNamesTheFieldAsItsUsersTypeIt() {
        #expect(ScenarioRequest.Door.commandLine.name("includeUncertain") == "--include-uncertain")
        #expect(ScenarioRequest.Door.commandLine.name("on") == "--on")
        #expect(ScenarioRequest.Door.http.name("includeUncertain") == "includeUncertain")
        #expect(ScenarioRequest.Door.body.name("attack") == "attacks")
        #expect(ScenarioRequest.Door.body.name("on") == "on")
    }

    @Test func theDayIsCheckedOnceWithTheFieldNamed() throws {
        #expect(try request(.http, on: nil, ["USA:PRK"]).day(today: today) == today)
        #expect(try request(.http, ["USA:PRK"]).day(today: today) == Fixtures.day("2024-09-01"))
        let impossible = failure { _ = try request(.commandLine, on: "2024-02-30", ["USA:PRK"]).day(today: today) }
        #expect(impossible?.code == .invalidDate)
        #expect(impossible?.description == "--on: '2024-02-30' is not a valid date (YYYY-MM-DD)")
        let early = failure { _ = try request(.http, on: "1700-01-01", ["USA:PRK"]).day(today: today) }
        #expect(early?.description == "on: 1700-01-01 is before 1816-01-01, where the state system starts")
    }

    @Test func attacksAreCountedAgainstTheLimits() {
        let day = Fixtures.day("2024-09-01")
        let none = failure { _ = try request(.http, []).scenario(on: day, in: world, defaultPolicy: .treaty) }
        #expect(none?.description == "attack: give at least one AGGRESSOR:VICTIM")
        let many = failure {
            _ = try request(.body, ["USA:PRK", "PRK:USA"]).scenario(
                on: day, in: world, defaultPolicy: .treaty, limits: .init(attacks: 1))
        }
        #expect(many?.code == .invalidScenario)
        #expect(many?.description == "attacks: at most 1 attacks per scenario")
    }

    @Test func attacksTheatresAndExplanationsResolveOnTheDay() throws {
        let day = Fixtures.day("2024-09-01")
        var asked = request(.commandLine, ["RUS:UKR@CRIMEA!", "cow:2:iso:PRK"])
        asked.explain = ["JPN", "ROK", "CHN"]
        asked.sovereignty = .claimant
        let (scenario, explain) = try asked.scenario(
            on: day, in: world, defaultPolicy: .strict, limits: .init(attacks: 2, explain: 2))
        let id = { (name: String) in try world.resolver.resolve(name, on: day) }
        let (rus, ukr, usa, prk) = (try id("RUS"), try id("UKR"), try id("USA"), try id("PRK"))
        #expect(scenario.attacks.count == 2)
        #expect(scenario.attacks[0].aggressor == rus && scenario.attacks[0].victim == ukr)
        #expect(scenario.attacks[0].provoked)
        #expect(scenario.attacks[0].theatre == .place(try #require(world.placeIndex(id: "CRIMEA"))))
        #expect(scenario.attacks[1].aggressor == usa && scenario.attacks[1].victim == prk)
        #expect(scenario.policy == .strict && scenario.sovereignty == .claimant && scenario.day == day)
        // The server's limit keeps the first two states to explain.
        let (jpn, rok) = (try id("JPN"), try id("ROK"))
        #expect(explain == [jpn, rok])
        let unknown = failure {
            _ = try request(.http, ["USA:PRK@ATLANTIS"]).scenario(on: day, in: world, defaultPolicy: .treaty)
        }
        #expect(unknown?.code == .unknownPlace)
        #expect(
            unknown?.description.hasPrefix("--attack 'USA:PRK@ATLANTIS': unknown theatre 'ATLANTIS' (places: ") == true)
    }

    @Test func aSavedScenarioIsReadAsTheSameRequest() throws {
        var saved = try JSONDecoder().decode(
            SavedScenarioRequest.self,
            from: Data(#"{"id":"a","name":"b","on":"2024-09-01","attacks":["USA:PRK"]}"#.utf8))
        let request = try saved.request()
        #expect(request == ScenarioRequest(door: .body, on: "2024-09-01", attacks: ["USA:PRK"], policy: .treaty))
        saved.policy = "sideways"
        let wrong = failure { _ = try saved.request() }
        #expect(wrong?.code == .invalidValue)
        #expect(wrong?.description == "policy: 'sideways' is not one of strict, treaty, chain")
    }

    @Test func theUseCaseRunsTheCascadeOnTheRequest() throws {
        // RUS-PRK-2024 entered into force on 2024-12-04: on 2025-01-01 its Art. 4 binds Russia.
        let day = Fixtures.day("2025-01-01")
        let presenter = try EvaluateScenario.run(
            request(.http, on: "2025-01-01", ["USA:PRK"]), on: day, in: world, today: today, defaultPolicy: .strict)
        let russia = try world.resolver.resolve("RUS", on: day)
        let duties = presenter.result.obligations.filter { $0.obligor == russia && $0.kind == .defense }
        #expect(duties.map { world.treaties[$0.provision.treaty].id } == ["RUS-PRK-2024"])
        #expect(duties.map(\.status) == [.binding])
        #expect(presenter.result.scenario.policy == .strict)
        #expect(presenter.today == today)
    }

    @Test func userErrorsHaveOneReportForEveryDoor() throws {
        let request = try #require(ErrorReport(FoedusError(.unknownState, "no state 'XYZ'", location: "attack")))
        #expect(
            request
                == ErrorReport(kind: .request, code: "unknownState", message: "attack: no state 'XYZ'", problems: nil))
        let data = try #require(
            ErrorReport(ValidationFailure([Diagnostic(file: "t.yaml", line: 3, field: "date", message: "bad")])))
        #expect(data.kind == .data && data.code == "invalidData")
        #expect(data.lines == ["error: 1 problem(s) in the data", "t.yaml:3: date: bad"])
        #expect(ErrorReport(CancellationError()) == nil)
    }
}
