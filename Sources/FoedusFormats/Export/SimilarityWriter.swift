public import FoedusAnalysis
public import FoedusCore

/// Writes alliance-portfolio similarity for every pair of states of some years (`foedus export similarity`) as
/// CSV or JSON: `ccode1, ccode2, year` and the nine measures of ``SimilarityScores``, an undefined measure as an
/// empty field (`null` in JSON).
public struct SimilarityWriter {
    public static let columns = ["ccode1", "ccode2", "year"] + SimilarityScores.names

    let states: StateTable

    public init(states: StateTable) { self.states = states }

    /// Writes the pairs of each year, the year's table built by `year` (one year in memory at a time); returns
    /// the number of rows.
    ///
    /// - Parameter progress: called after each year with the years done.
    @discardableResult
    public func write(
        years: ClosedRange<Int>, directed: Bool, format: DyadYearWriter.Format, header: [String],
        to sink: ByteSink, year make: (Int) throws -> SimilarityYear, progress: ((Int) -> Void)? = nil
    ) throws -> Int {
        var table = ExportTable(format: format, columns: Self.columns, header: header)
        for (done, year) in years.enumerated() {
            let similarity = try make(year)
            try similarity.forEachPair(directed: directed) { a, b, scores, _ in
                let values = scores.all.map { $0.value.map { String($0) } }
                let (first, second) = (states[a].ccode, states[b].ccode)
                if format == .csv {
                    table.out.append("\(first),\(second),\(year)")
                    for value in values {
                        table.out.append(44)
                        if let value { table.out.append(value) }
                    }
                    table.out.append(10)
                } else {
                    table.beginRecord()
                    table.out.append("{\"ccode1\":\(first),\"ccode2\":\(second),\"year\":\(year)")
                    for (name, value) in zip(SimilarityScores.names, values) {
                        table.out.append(",\"\(name)\":" + (value ?? "null"))
                    }
                    table.out.append("}")
                }
                try table.endRow(into: sink)
            }
            progress?(done + 1)
        }
        return try table.finish(into: sink)
    }
}
