import FoedusAnalysis
import FoedusApp
import FoedusCore
import FoedusFormats
import Testing

/// The one reading of a dispute back-test request (`foedus backtest --disputes`, `GET /v1/backtest/disputes`):
/// the draws and years checked once, each message naming the field as its door spells it.
@Suite struct DisputeBacktestRequestTests {
    /// Disputes that began in 1906, 1914 and 1950.
    let disputes: [MilitarizedDispute]

    init() throws {
        disputes = try MIDLoader.disputes(
            """
            dispnum,ccode,styear,stmon,stday,dummy_stday,sidea,orig
            3,300,1906,3,1,1,1,1
            3,345,1906,3,1,1,0,1
            1,300,1914,7,28,28,1,1
            1,345,1914,7,28,28,0,1
            2,731,1950,6,25,25,1,1
            2,732,1950,6,25,25,0,1

            """, file: "p.csv")
        #expect(disputes.map(\.firstDay.year).sorted() == [1906, 1914, 1950])
    }

    static let http = DisputeBacktestRequest.Limits(runs: 1...1_000, fitUntil: 1816...1990)

    func failure(_ body: () throws -> Void) -> FoedusError? {
        do { try body() } catch let error as FoedusError { return error } catch { return nil }
        return nil
    }

    func message(
        _ door: DisputeBacktestRequest.Door, runs: Int = 10, fitUntil: Int = 1945, validateFrom: Int? = nil,
        limits: DisputeBacktestRequest.Limits = .commandLine, disputes: [MilitarizedDispute]? = nil
    ) -> String? {
        let request = DisputeBacktestRequest(door: door, runs: runs, fitUntil: fitUntil, validateFrom: validateFrom)
        let error = failure {
            _ = try request.options(disputes: disputes ?? self.disputes, source: "p.csv", limits: limits)
        }
        #expect(error == nil || error?.code == .invalidValue)
        return error?.description
    }

    @Test func theOptionsAreTheRequestsOnceChecked() throws {
        let request = DisputeBacktestRequest(
            door: .http, runs: 20, seed: 3, policy: .chain, model: .pooled, fitUntil: 1945, validateFrom: 1910,
            threads: 2)
        try request.check(limits: Self.http)
        let options = try request.options(disputes: disputes, source: "p.csv", limits: Self.http)
        #expect(
            options
                == JoinerForecast.Options(
                    runs: 20, seed: 3, policy: .chain, fitUntil: 1945, threads: 2, model: .pooled, validateFrom: 1910))
        #expect(options.scoredPeriod == "validation" && options.fittedUntil == 1909)
        // Without validateFrom the disputes are not examined: none is needed.
        let plain = DisputeBacktestRequest(door: .commandLine)
        #expect(try plain.options(disputes: [], source: "p.csv", limits: .commandLine) == JoinerForecast.Options())
    }

    @Test func theDrawsAndTheTrainingYearsAreBoundedByTheDoorsLimits() {
        #expect(message(.commandLine, runs: 0) == "--runs must be between 1 and 100000")
        #expect(message(.commandLine, runs: 100_001) == "--runs must be between 1 and 100000")
        #expect(message(.commandLine, runs: 100_000) == nil)
        #expect(message(.commandLine, fitUntil: 1815) == "--fit-until must be a year 1816–2100")
        #expect(message(.http, runs: 1_001, limits: Self.http) == "runs: expected a whole number from 1 to 1000")
        #expect(
            message(.http, fitUntil: 1991, limits: Self.http) == "fitUntil: expected a whole number from 1816 to 1990")
        #expect(message(.http, fitUntil: 1990, limits: Self.http) == nil)
    }

    @Test func theValidationYearMustComeBeforeTheLastTrainingYear() {
        let request = DisputeBacktestRequest(door: .commandLine, fitUntil: 1945, validateFrom: 1945)
        #expect(
            failure { try request.check(limits: .commandLine) }?.description
                == "--validate-from must be a year before --fit-until (1945): the validation years are YEAR through "
                + "--fit-until")
        #expect(
            message(.http, fitUntil: 1930, validateFrom: 1931, limits: Self.http)
                == "validateFrom must be a year before fitUntil (1930): the validation years are validateFrom through "
                + "fitUntil")
        #expect(message(.commandLine, fitUntil: 1915, validateFrom: 1914) == nil)
    }

    @Test func theValidationYearNeedsDisputesToFitOnAndToValidateOn() {
        #expect(
            message(.commandLine, validateFrom: 1906)
                == "--validate-from 1906: no dispute in p.csv began before 1906 (the first began in 1906), so there is "
                + "nothing to fit on")
        #expect(
            message(.http, validateFrom: 1900, limits: Self.http)
                == "validateFrom 1900: no dispute in p.csv began before 1900 (the first began in 1906), so there is "
                + "nothing to fit on")
        #expect(
            message(.http, validateFrom: 1900, limits: Self.http, disputes: [])
                == "validateFrom 1900: no dispute in p.csv began before 1900, so there is nothing to fit on")
        #expect(
            message(.commandLine, fitUntil: 1930, validateFrom: 1920)
                == "--validate-from 1920: no dispute in p.csv began in 1920–1930, so there is nothing to validate on")
        #expect(
            message(.http, fitUntil: 1930, validateFrom: 1920, limits: Self.http)
                == "validateFrom 1920: no dispute in p.csv began in 1920–1930, so there is nothing to validate on")
        // The first year of the validation period and the last both count.
        #expect(message(.http, fitUntil: 1930, validateFrom: 1914, limits: Self.http) == nil)
        #expect(message(.http, fitUntil: 1914, validateFrom: 1907, limits: Self.http) == nil)
        #expect(
            message(.http, fitUntil: 1913, validateFrom: 1907, limits: Self.http)
                == "validateFrom 1907: no dispute in p.csv began in 1907–1913, so there is nothing to validate on")
    }
}
