import FoedusCore

/// Who is in or out of an architecture and its organisations, and who could join.
extension ArchitectureReport {
    static func regionalStates(
        architecture: Architecture, world: World, index: DayIndex, orgs: [Organisation], members: [[StateID]],
        treaties: [Int]
    ) -> [RegionalState] {
        Array(index.alive).filter { architecture.covers(world.states[$0]) }.sorted().map { id in
            let inOrgs = orgs.indices.filter { members[$0].contains(id) }.map { orgs[$0].id }
            let inTreaties = treaties.filter { index.treatyParties[$0].contains(id) }.map { world.treaties[$0].id }
            let eligible = orgs.filter { o in
                !inOrgs.contains(o.id)
                    && (architecture.eligibility.first { $0.organisation == o.id }?.admits(world.states[id]) ?? false)
            }.map(\.id)
            return RegionalState(
                state: id, organisations: inOrgs, treaties: inTreaties, inside: !inOrgs.isEmpty || !inTreaties.isEmpty,
                eligibleFor: eligible)
        }
    }

    static func insideOutsideRegion(
        architecture: Architecture, world: World, members: [[StateID]], index: DayIndex, treaties: [Int]
    ) -> [StateID] {
        var inside = Set(members.joined())
        for t in treaties { inside.formUnion(index.treatyParties[t]) }
        return inside.filter { !architecture.covers(world.states[$0]) }.sorted()
    }

    static func organisationSummaries(
        architecture: Architecture, world: World, orgs: [Organisation], members: [[StateID]],
        regional: [RegionalState]
    ) -> [OrganisationSummary] {
        orgs.indices.map { i in
            let org = orgs[i]
            let outsiders = regional.filter { !$0.organisations.contains(org.id) }
            return OrganisationSummary(
                organisation: org, members: members[i],
                membersOutsideRegion: members[i].filter { !architecture.covers(world.states[$0]) },
                regionalNonMembers: outsiders.map(\.state),
                eligibleNonMembers: outsiders.filter { $0.eligibleFor.contains(org.id) }.map(\.state),
                eligibility: architecture.eligibility.first { $0.organisation == org.id })
        }
    }

    static func overlaps(ids: [String], members: [[StateID]]) -> [Overlap] {
        var result: [Overlap] = []
        for i in ids.indices {
            for j in ids.indices where j > i {
                let a = Set(members[i])
                let b = Set(members[j])
                let union = a.union(b).count
                let shared = a.intersection(b).sorted()
                result.append(
                    Overlap(
                        first: ids[i], second: ids[j], shared: shared, unionCount: union,
                        jaccard: union == 0 ? 0 : Double(shared.count) / Double(union)))
            }
        }
        return result
    }
}
