import FoedusCore

/// A region of the Correlates of War Inter-State War data's `WhereFought` variable.
///
/// `WhereFought` gives the region or regions where combat involving a state occurred (COW Inter-State Wars
/// codebook v4.0): 1 W. Hemisphere, 2 Europe, 4 Africa, 6 Middle East, 7 Asia, 9 Oceania, and combinations
/// 11–19. Each region is a gazetteer place (`COW-…` in Data/places.yaml), so an attack's theatre can be given
/// as a COW region.
public enum COWRegion: Int, Hashable, Sendable, CaseIterable, Comparable {
    case westernHemisphere = 1
    case europe = 2
    case africa = 4
    case middleEast = 6
    case asia = 7
    case oceania = 9

    /// The region's place id in the gazetteer.
    public var placeID: String {
        switch self {
        case .westernHemisphere: "COW-WHEM"
        case .europe: "COW-EUROPE"
        case .africa: "COW-AFRICA"
        case .middleEast: "COW-MIDEAST"
        case .asia: "COW-ASIA"
        case .oceania: "COW-OCEANIA"
        }
    }

    public var name: String {
        switch self {
        case .westernHemisphere: "W. Hemisphere"
        case .europe: "Europe"
        case .africa: "Africa"
        case .middleEast: "Middle East"
        case .asia: "Asia"
        case .oceania: "Oceania"
        }
    }

    /// The regions of a `WhereFought` code, as the codebook lists them; `nil` for a code it does not define.
    public static func regions(whereFought code: Int) -> [COWRegion]? {
        switch code {
        case 1, 2, 4, 6, 7, 9: [COWRegion(rawValue: code)].compactMap { $0 }
        case 11: [.europe, .middleEast]
        case 12: [.europe, .asia]
        case 13: [.westernHemisphere, .asia]
        case 14: [.europe, .africa, .middleEast]
        case 15: [.europe, .africa, .middleEast, .asia]
        case 16: [.africa, .middleEast, .asia, .oceania]
        case 17: [.asia, .oceania]
        case 18: [.africa, .middleEast]
        case 19: [.europe, .africa, .middleEast, .asia, .oceania]
        default: nil
        }
    }

    /// The region of a state's home territory by its COW state number, as COW numbers states by region:
    /// 2–199 W. Hemisphere, 200–399 Europe, 400–599 Africa, 600–699 Middle East (with North Africa: the
    /// COW war data codes the Spanish–Moroccan wars `WhereFought` 6), 700–899 Asia, 900–999 Oceania.
    public static func home(ccode: Int) -> COWRegion? {
        switch ccode {
        case 1..<200: .westernHemisphere
        case 200..<400: .europe
        case 400..<600: .africa
        case 600..<700: .middleEast
        case 700..<900: .asia
        case 900..<1000: .oceania
        default: nil
        }
    }

    public static func < (lhs: COWRegion, rhs: COWRegion) -> Bool { lhs.rawValue < rhs.rawValue }
}
