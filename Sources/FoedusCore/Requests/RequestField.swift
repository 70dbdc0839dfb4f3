/// The words a request's fields are read from, parsed once for every door into the engine (the CLI's options, the
/// HTTP parameters, a saved scenario, a scenario file): one check and one message each, with the field named as
/// the caller spells it (`--on`, `on`, `date`).
public enum RequestField {
    /// A scenario's day: a valid `YYYY-MM-DD` from 1816-01-01, when the state system starts.
    ///
    /// - Throws: ``FoedusError/Code/invalidDate``, located at `field`.
    public static func day(_ text: String, field: String) throws(FoedusError) -> Day {
        guard let day = Day(iso: text) else {
            throw FoedusError(.invalidDate, "'\(text)' is not a valid date (YYYY-MM-DD)", location: field)
        }
        guard day >= Day.systemStart else {
            throw FoedusError(
                .invalidDate, "\(text) is before 1816-01-01, where the state system starts", location: field)
        }
        return day
    }

    /// One of an enumeration's raw values; the error lists the choices.
    ///
    /// - Throws: ``FoedusError/Code/invalidValue``, located at `field` (when given).
    public static func choice<T: RawRepresentable & CaseIterable>(_ text: String, field: String?) throws(FoedusError)
        -> T
    where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            throw FoedusError(
                .invalidValue, "'\(text)' is not one of " + T.allCases.map(\.rawValue).joined(separator: ", "),
                location: field)
        }
        return value
    }

    /// A theatre by name: a place of the gazetteer (`CRIMEA`, any case) or a state's territory on `day`.
    ///
    /// - Throws: ``FoedusError/Code/unknownPlace``, listing the places.
    public static func theatre(_ name: String, world: World, on day: Day) throws(FoedusError) -> Theatre {
        if let place = world.placeIndex(id: name) { return .place(place) }
        do { return .territory(try world.resolver.resolve(name, on: day)) } catch {
            let places = world.places.map(\.id).joined(separator: ", ")
            throw FoedusError(.unknownPlace, "unknown theatre '\(name)' (places: \(places); or a state)")
        }
    }
}
