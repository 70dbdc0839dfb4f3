public import FoedusAnalysis
import FoedusCore

/// Reads COW Direct Contiguity (directed master records, `ccode1, ccode2, conttype, begin, end` with
/// `YYYYMM` months) and the COW major-power list into ``PoliticalRelevance``.
public enum RelevanceLoader {
    /// Spells and major-power periods ending in the source's last year (2016) are carried forward to `through`.
    public static func load(contiguity: String, majorPowers: String, through: Int = 9999) throws -> PoliticalRelevance {
        let c = try CSVReader(text: contiguity, file: "cow_contdir.csv")
        let cc = try ["ccode1", "ccode2", "conttype", "begin", "end"].map(c.column)
        var spells: [PoliticalRelevance.Contiguity] = []
        for row in c.rows {
            let n = cc.map { Int(row.fields[$0]) }
            guard let a = n[0], let b = n[1], let type = n[2], let begin = n[3], let end = n[4],
                begin / 100 <= end / 100
            else {
                throw Diagnostic(file: c.file, line: row.line, field: "", message: "expected numbers and begin <= end")
            }
            let last = end / 100 >= 2016 ? through : end / 100
            spells.append(.init(ccode1: a, ccode2: b, type: type, years: begin / 100...last))
        }
        let m = try CSVReader(text: majorPowers, file: "majors2016.csv")
        let mc = try ["ccode", "styear", "endyear"].map(m.column)
        var majors: [(Int, ClosedRange<Int>)] = []
        for row in m.rows {
            guard let code = Int(row.fields[mc[0]]), let from = Int(row.fields[mc[1]]), let to = Int(row.fields[mc[2]]),
                from <= to
            else { throw Diagnostic(file: m.file, line: row.line, field: "", message: "expected numbers") }
            majors.append((code, from...(to >= 2016 ? through : to)))
        }
        return PoliticalRelevance(contiguity: spells, majorPowers: majors)
    }
}
