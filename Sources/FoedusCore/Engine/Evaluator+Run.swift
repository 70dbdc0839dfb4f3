extension Evaluator {
    /// One cascade: the fixpoint over the set of (state, side) pairs, which only grows. Each state enters at most
    /// one side, so a run ends after at most one round per state. A state bound to both sides is excluded and the
    /// run starts again without it (the full run) or rewinds to the moment it entered (the fast path); the
    /// excluded set only grows, so there are at most N restarts.
    ///
    /// What a run decides and keeps is its ``Mode``, given when it starts. An ``Evaluator`` keeps one run and
    /// restarts it for each scenario, so that its buffers are reused.
    struct Run {
        let index: DayIndex
        var mode = Mode.full
        /// Who may enter on a provoked attack, for the rules of the last fast-path scenario that skipped (built on
        /// first use and kept, like the buffers, for the next scenario): the run reads them in place, so a scenario
        /// copies no table.
        var bounds = PairBounds.none
        var side: [UInt8]  // 0 none, 1 attackers, 2 defenders
        var attackerSet = StateSet()
        var defenderSet = StateSet()
        var events: [AttackEvent] = []
        var obligations: [Obligation] = []
        var entries: [Entry] = []
        /// The states attacking on the ground of aggression so far (not those acting in self-defence).
        var aggressors = StateSet()
        /// The states whose attack is an aggression under one sovereignty reading and not under the other.
        var disputedAggressors = StateSet()
        /// The ground of each scenario attack.
        var grounds: [AttackGround] = []
        var attackerEntrants: [StateID] = []
        /// The states found bound to both sides, and the conflicts recorded when they were.
        var excluded = StateSet()
        var restartConflicts: [Conflict] = []
        /// Recorded duties and their index in `obligations` (``Recording/full`` only).
        var seenDuties: [DutyKey: Int32] = [:]
        /// Per entry: the state of the run just before it, so the fast path can rewind instead of restarting.
        var marks: [Mark] = []
        /// The event being processed.
        var currentEvent = 0

        /// What a run decides and what it keeps.
        struct Mode {
            /// Whether the run records every duty for explanations.
            var recording: Recording
            /// A Monte Carlo run's honouring decisions, or `nil`: every duty that passes the threshold is honoured.
            var draw: HonourDraw?
            /// The draw's honouring sets per group, when it was prepared (``PreparedDraw``): the run then decides
            /// group by group instead of duty by duty.
            var prepared: PreparedDraw.Honouring?
            /// Whether the run may skip the attacks its ``Run/bounds`` show to be settled (`false`: it processes every
            /// attack).
            var skipping: Bool

            /// Every duty recorded, every attack processed, every duty that passes the threshold honoured.
            static let full = Mode(recording: .full, draw: nil, prepared: nil, skipping: false)
        }

        struct Mark {
            var events: Int32
            var event: Int32
            var attackerEntrants: Int32
            var aggressors: StateSet
            var disputedAggressors: StateSet
        }

        struct DutyKey: Hashable {
            var obligor: StateID
            var beneficiary: StateID
            var adversary: StateID
            var provision: UInt32
        }

        init(index: DayIndex) {
            self.index = index
            side = Array(repeating: 0, count: index.world.states.count)
        }

        // MARK: - The two ways to the fixpoint

        /// Runs to the fixpoint, starting again without each state found bound to both sides (the full run:
        /// every restart is recorded).
        mutating func restartingToFixpoint(_ scenario: ValidatedScenario, mode: Mode) {
            self.mode = mode
            excluded = StateSet()
            restartConflicts = []
            while let culprit = once(scenario) {
                excluded.insert(culprit)
            }
        }

        /// Runs to the fixpoint, rewinding past each state found bound to both sides. Recomputing without such a
        /// state replays the run exactly up to the moment it entered (it decided nothing before), so the fast path
        /// rewinds to that moment instead of starting again.
        mutating func rewindingToFixpoint(_ scenario: ValidatedScenario, mode: Mode) {
            self.mode = mode
            excluded = StateSet()
            restartConflicts.removeAll(keepingCapacity: true)
            start(scenario)
            var from = 0
            while let culprit = resume(from: from, scenario.scenario) {
                excluded.insert(culprit)
                from = rewind(before: culprit)
            }
        }

        /// One pass; returns a state found bound to both sides, or `nil` when the fixpoint is reached.
        mutating func once(_ scenario: ValidatedScenario) -> StateID? {
            start(scenario)
            return resume(from: 0, scenario.scenario)
        }

        /// Resets the run (not the excluded states) and places the scenario's own participants.
        mutating func start(_ validated: ValidatedScenario) {
            let scenario = validated.scenario
            for i in side.indices { side[i] = 0 }
            attackerSet = StateSet()
            defenderSet = StateSet()
            events.removeAll(keepingCapacity: true)
            obligations.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
            marks.removeAll(keepingCapacity: true)
            attackerEntrants.removeAll(keepingCapacity: true)
            if mode.recording == .full { seenDuties.removeAll(keepingCapacity: true) }
            aggressors = StateSet()
            disputedAggressors = StateSet()
            currentEvent = 0
            index.grounds(of: scenario.attacks, reading: scenario.sovereignty, into: &grounds)
            for (i, attack) in scenario.attacks.enumerated() {
                let aggressorSide = validated.aggressorSide(ofAttack: i)
                setSide(attack.aggressor, aggressorSide, cause: .scenario(i))
                setSide(attack.victim, aggressorSide.opposite, cause: .scenario(i))
                switch grounds[i].aggression {
                case .yes: aggressors.insert(attack.aggressor)
                case .uncertain: disputedAggressors.insert(attack.aggressor)
                case .no: break
                }
                events.append(
                    AttackEvent(
                        aggressor: attack.aggressor, victim: attack.victim, theatre: index.theatre(of: attack),
                        provoked: attack.provoked, cause: nil))
            }
        }

        /// Processes events from `from` to the fixpoint; returns a state found bound to both sides.
        mutating func resume(from: Int, _ scenario: Scenario) -> StateID? {
            var k = from
            while k < events.count {
                currentEvent = k
                if let culprit = process(event: k, scenario) { return culprit }
                k += 1
            }
            return nil
        }

        /// Undoes everything from the entry of `state` on; returns the event to process again.
        mutating func rewind(before state: StateID) -> Int {
            guard let e = entries.firstIndex(where: { $0.state == state }) else { return events.count }
            let mark = marks[e]
            for entry in entries[e...] {
                side[Int(entry.state.index)] = 0
                attackerSet.remove(entry.state)
                defenderSet.remove(entry.state)
            }
            entries.removeSubrange(e...)
            marks.removeSubrange(e...)
            events.removeSubrange(Int(mark.events)...)
            attackerEntrants.removeSubrange(Int(mark.attackerEntrants)...)
            aggressors = mark.aggressors
            disputedAggressors = mark.disputedAggressors
            return Int(mark.event)
        }

        // MARK: - Sides

        mutating func setSide(_ s: StateID, _ newSide: Side, cause: Entry.Cause) {
            guard side[Int(s.index)] == 0 else { return }
            if newSide == .attackers {
                side[Int(s.index)] = 1
                attackerSet.insert(s)
            } else {
                side[Int(s.index)] = 2
                defenderSet.insert(s)
            }
            marks.append(
                Mark(
                    events: Int32(events.count), event: Int32(currentEvent),
                    attackerEntrants: Int32(attackerEntrants.count), aggressors: aggressors,
                    disputedAggressors: disputedAggressors))
            entries.append(Entry(state: s, side: newSide, step: entries.count, cause: cause))
        }

        /// Whether `s` attacked as an aggressor: `uncertain` when that depends on whose territory a disputed
        /// place is.
        func aggression(_ s: StateID) -> Truth {
            aggressors.contains(s) ? .yes : disputedAggressors.contains(s) ? .uncertain : .no
        }

        func sideOf(_ s: StateID) -> Side? {
            switch side[Int(s.index)] {
            case 1: .attackers
            case 2: .defenders
            default: nil
            }
        }
    }
}
