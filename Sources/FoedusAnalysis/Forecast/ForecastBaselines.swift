public import FoedusCore

/// The two reference forecasts of the joiner back-test, fitted on the training predictions only.
///
/// Each prediction is two events: joining side A, joining side B. (a) The base rate: every event gets the
/// training frequency of joining. (b) The naive rule: an event whose state had a defence pact in force with an
/// originator of that side gets the training frequency of joining among such events; any other event the
/// training frequency among the others.
public struct ForecastBaselines: Sendable, Hashable {
    public var events: Int
    public var joined: Int
    public var pactEvents: Int
    public var pactJoined: Int

    public var baseRate: Double { events == 0 ? 0 : Double(joined) / Double(events) }
    public var pactRate: Double { pactEvents == 0 ? baseRate : Double(pactJoined) / Double(pactEvents) }
    public var noPactRate: Double {
        let n = events - pactEvents
        return n == 0 ? baseRate : Double(joined - pactJoined) / Double(n)
    }

    public init(events: Int, joined: Int, pactEvents: Int, pactJoined: Int) {
        (self.events, self.joined, self.pactEvents, self.pactJoined) = (events, joined, pactEvents, pactJoined)
    }

    /// Fits on the predictions marked ``JoinerForecast/Prediction/training``; the others are not read.
    public init(fittedOn predictions: [JoinerForecast.Prediction]) {
        (events, joined, pactEvents, pactJoined) = (0, 0, 0, 0)
        for p in predictions where p.training {
            for (side, pact) in [(Side.attackers, p.pactA), (.defenders, p.pactB)] {
                let yes = p.joined == side
                events += 1
                if yes { joined += 1 }
                if pact {
                    pactEvents += 1
                    if yes { pactJoined += 1 }
                }
            }
        }
    }

    /// The naive rule's forecast for one event.
    public func naive(_ p: JoinerForecast.Prediction, side: Side) -> Double {
        (side == .attackers ? p.pactA : p.pactB) ? pactRate : noPactRate
    }
}
