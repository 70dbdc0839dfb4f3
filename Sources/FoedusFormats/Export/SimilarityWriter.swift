public import FoedusAnalysis
public import FoedusCore

/// Writes alliance-portfolio similarity for every pair of states of some years (`foedus export similarity`) as
/// CSV or JSON: `ccode1, ccode2, year` and the nine measures of ``SimilarityScores``, an undefined measure as an
/// empty field (`null` in JSON).
public struct SimilarityWriter {
    public static let columns = ["ccode1", "ccode2", "year"] + SimilarityScores.names

    let table: StateTable

    public init(states: StateTable) { table = states }

    /// Writes the pairs of each year, the year's table built by `year` (one year in memory at a time); returns
    /// the number of rows.
    ///
    /// - Parameter progress: called after each year with the years done.
    @discardableResult
    public func write(
        years: ClosedRange<Int>, directed: Bool, format: DyadYearWriter.Format, header: [String],
        to sink: ByteSink, year make: (Int) throws -> SimilarityYear, progress: ((Int) -> Void)? = nil
    ) throws -> Int {
        var out = RawBuffer()
        var rows = 0
        if format == .csv {
            for line in header { out.append("# " + line + "\n") }
            out.append(Self.columns.joined(separator: ",") + "\n")
        } else {
            out.append("[\n")
        }
        for (done, year) in years.enumerated() {
            let similarity = try make(year)
            try similarity.forEachPair(directed: directed) { a, b, scores, _ in
                let values = scores.all.map { $0.value.map { String($0) } }
                if format == .csv {
                    out.append("\(table[a].ccode),\(table[b].ccode),\(year)")
                    for value in values {
                        out.append(44)
                        if let value { out.append(value) }
                    }
                    out.append(10)
                } else {
                    if rows > 0 { out.append(",\n") }
                    out.append("{\"ccode1\":\(table[a].ccode),\"ccode2\":\(table[b].ccode),\"year\":\(year)")
                    for (name, value) in zip(SimilarityScores.names, values) {
                        out.append(",\"\(name)\":" + (value ?? "null"))
                    }
                    out.append("}")
                }
                rows += 1
                if out.isFull { try out.drain(into: sink) }
            }
            progress?(done + 1)
        }
        if format == .json { out.append("\n]\n") }
        try out.drain(into: sink)
        return rows
    }
}
