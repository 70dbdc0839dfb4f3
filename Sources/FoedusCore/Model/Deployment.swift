/// Armed forces of a sender state stationed in a host state, or at a gazetteer place.
///
/// An attack on the host's territory is also an attack on the forces there, so the sender joins the
/// defenders in self-defence of its forces. Forces stationed at a ``place`` (Russian forces in Abkhazia,
/// whose host is given as Georgia) are attacked only by an attack whose theatre is that place, never by an
/// attack on the host's territory.
public struct Deployment: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable { case permanentBase, rotational, afloat }
    public var id: String
    public var sender: Int
    public var host: Int
    /// The gazetteer place (``Place/id``) the forces are stationed at, or `nil` for the host's territory.
    public var place: String?
    public var from: PartialDate?
    public var to: PartialDate?
    public var kind: Kind
    public var size: String?
    public var basis: String?
    public var source: String?
    public var verified: Bool
    public var note: String?

    public init(
        id: String, sender: Int, host: Int, place: String? = nil, from: PartialDate? = nil, to: PartialDate? = nil,
        kind: Kind = .permanentBase, size: String? = nil, basis: String? = nil, source: String? = nil,
        verified: Bool = false, note: String? = nil
    ) {
        self.id = id
        self.sender = sender
        self.host = host
        self.place = place
        self.from = from
        self.to = to
        self.kind = kind
        self.size = size
        self.basis = basis
        self.source = source
        self.verified = verified
        self.note = note
    }

    /// Whether the forces are present on `day`.
    public func present(on day: Day) -> Truth {
        Truth.within(day, start: from ?? PartialDate(Day(rawValue: 0)), end: to)
    }
}
