import FoedusTestSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The hostile-input corpus of `Tests/Hostile/`: the cases of `cases.txt`, and the inputs too large or too odd
/// to commit (50 MB files, 10,000-level nesting, 10,000 parties, a link loop, a FIFO), made here per run.
struct HostileCase: CustomStringConvertible {
    enum Place: String { case file, fileOnly = "file-only", arg, ok }

    var name: String
    var status: Int32
    var place: Place
    var fragment: String
    var arguments: [String]
    var line: Int

    var description: String { "\(name) (cases.txt:\(line))" }

    static let folder = Fixtures.repositoryRoot + "/Tests/Hostile"

    /// The cases of `cases.txt`, in file order.
    static func all() throws -> [HostileCase] {
        let text = try String(contentsOfFile: folder + "/cases.txt", encoding: .utf8)
        var cases: [HostileCase] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let columns = line.components(separatedBy: " | ")
            guard columns.count == 5, let status = Int32(columns[1]), let place = Place(rawValue: columns[2]) else {
                throw CocoaError(.fileReadCorruptFile, userInfo: ["line": index + 1])
            }
            cases.append(
                HostileCase(
                    name: columns[0], status: status, place: place, fragment: columns[3],
                    arguments: columns[4].split(separator: " ").map(String.init), line: index + 1))
        }
        return cases
    }

    /// The arguments with placeholders filled in, making the inputs they name in `dir`; and the input's path.
    func prepare(in dir: String) throws -> (arguments: [String], input: String?) {
        var input: String?
        let arguments = try arguments.map { argument -> String in
            var argument = argument.replacingOccurrences(of: "{dir}", with: dir)
                .replacingOccurrences(of: "{empty}", with: "").replacingOccurrences(of: "{esc}", with: "\u{1B}")
            if argument.hasPrefix("{f:"), argument.hasSuffix("}") {
                let name = String(argument.dropFirst(3).dropLast())
                argument = dir + "/" + name
                try FileManager.default.copyItem(atPath: Self.folder + "/files/" + name, toPath: argument)
                input = argument
            } else if argument.hasPrefix("{g:"), argument.hasSuffix("}") {
                let name = String(argument.dropFirst(3).dropLast())
                argument = dir + "/" + name
                try Self.generate(name, at: argument)
                input = argument
            }
            return argument
        }
        return (arguments, input)
    }

    /// The fragment with `{dir}` filled in.
    func expected(in dir: String) -> String { fragment.replacingOccurrences(of: "{dir}", with: dir) }

    static let validTreaty = """
        type: treaty
        id: HOSTILE-GENERATED
        name: A generated hostile treaty
        signed: 2025-01-01
        inForce: 2025-01-01

        """

    /// Writes the generated input `name` at `path`.
    static func generate(_ name: String, at path: String) throws {
        func write(_ text: String) throws { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) }
        switch name {
        case "deep-nesting.yaml":
            try write(
                "date: 2024-01-01\nattacks: " + String(repeating: "[", count: 10_000)
                    + String(repeating: "]", count: 10_000) + "\n")
        case "fifty-megabytes.yaml", "fifty-megabytes.csv":
            let line = name.hasSuffix(".csv") ? "USA,2,2000,0.1\n" : "# a comment line that pads the file\n"
            let count = 50_000_000 / line.utf8.count + 1
            try write(
                (name.hasSuffix(".csv") ? "stateabb,ccode,year,cinc\n" : validTreaty)
                    + String(repeating: line, count: count))
        case "ten-thousand-parties.yaml":
            try write(
                validTreaty + "parties:\n" + String(repeating: "  - {state: RUS}\n", count: 10_000)
                    + "provisions:\n  - {id: a1, article: \"1\", kind: defense, strength: automatic}\n")
        case "ten-thousand-problems.yaml":
            try write(
                validTreaty + "parties: [{state: RUS}, {state: VNM}]\nprovisions:\n"
                    + (0..<10_000).map { "  - {id: p\($0), article: \"1\", kind: warfare}\n" }.joined())
        case "loop-folder":
            try FileManager.default.createDirectory(atPath: path + "/sub", withIntermediateDirectories: true)
            try Data(validTreaty.utf8).write(to: URL(fileURLWithPath: path + "/sub/a.yaml"))
            try FileManager.default.createSymbolicLink(atPath: path + "/sub/back", withDestinationPath: "..")
        case "fifo.yaml":
            guard mkfifo(path, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
        default:
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
    }
}

/// One run of the binary: exit status (or the signal that ended it), output, peak memory and time.
struct MeasuredRun {
    var status: Int32
    var signal: Int32?
    var stdout: String
    var stderr: String
    var peakKilobytes: Int
    var seconds: Double
    var hung: Bool

    /// Runs `binary` with `arguments` (paths in them absolute), its output kept in `dir`, killing it after `watchdog` seconds (a hang).
    static func run(_ binary: String, _ arguments: [String], in dir: String, watchdog: Double) throws -> MeasuredRun {
        let outPath = dir + "/.stdout"
        let errPath = dir + "/.stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        let environment = ["FOEDUS_TODAY=2026-01-01", "PATH=/usr/bin:/bin"]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let started = Date()
        guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else { throw CocoaError(.executableLoad) }
        let done = SharedFlag(false)
        let watchedPID = pid
        Thread.detachNewThread {
            let deadline = Date().addingTimeInterval(watchdog)
            while Date() < deadline {
                if done.value { return }
                usleep(20_000)
            }
            if !done.value { kill(watchedPID, SIGKILL) }
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        done.value = true
        let seconds = Date().timeIntervalSince(started)
        let signaled = (status & 0x7f) != 0
        return MeasuredRun(
            status: signaled ? -1 : (status >> 8) & 0xff, signal: signaled ? status & 0x7f : nil,
            stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
            peakKilobytes: Int(usage.ru_maxrss), seconds: seconds, hung: seconds >= watchdog)
    }
}

/// A flag shared by the waiting thread and its watchdog.
final class SharedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Bool
    init(_ value: Bool) { stored = value }
    var value: Bool {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
