// swift-tools-version:6.2
// libFuzzer targets for Foedus's readers (docs/fuzzing.md). A package of its own, so that the main
// `swift build` never builds them; build and run with `scripts/fuzz TARGET SECONDS`.
import PackageDescription

let foedus: [Target.Dependency] = [
    .product(name: "FoedusCore", package: "Foedus"),
    .product(name: "FoedusFormats", package: "Foedus"),
    .product(name: "FoedusApp", package: "Foedus"),
]

/// One executable per target: `LLVMFuzzerTestOneInput` in its own file, and a `main.swift` that hands it to
/// libFuzzer's driver (SwiftPM gives every executable its own `main`, so libFuzzer's cannot be used).
func fuzzer(_ name: String) -> Target {
    .executableTarget(name: "fuzz-\(name)", dependencies: foedus + ["FuzzSupport"])
}

let package = Package(
    name: "FoedusFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "Foedus", path: "..")],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: foedus + ["CFuzzerDriver"]),
        fuzzer("treaty"), fuzzer("scenario"), fuzzer("csv"), fuzzer("attack"), fuzzer("date"), fuzzer("json-body"),
    ]
)
