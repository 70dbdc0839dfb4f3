// swift-tools-version:6.2
import PackageDescription

let settings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Foedus",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "FoedusCore", targets: ["FoedusCore"]),
        // For the fuzz package (Fuzz/, docs/fuzzing.md): the readers without the server and the stores.
        .library(name: "FoedusFormats", targets: ["FoedusFormats"]),
        .library(name: "FoedusApp", targets: ["FoedusApp"]),
        .executable(name: "foedus", targets: ["foedus"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        .target(name: "FoedusCore"),
        .target(name: "FoedusAnalysis", dependencies: ["FoedusCore"]),
        .target(name: "FoedusData"),
        .target(
            name: "FoedusFormats",
            dependencies: ["FoedusCore", "FoedusAnalysis", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "FoedusStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "FoedusPostgres",
            dependencies: [
                "FoedusStore", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "FoedusWebAssets"),
        .target(
            name: "FoedusApp",
            dependencies: ["FoedusCore", "FoedusAnalysis", "FoedusData", "FoedusFormats"]),
        .target(
            name: "FoedusServer",
            dependencies: [
                "FoedusCore", "FoedusAnalysis", "FoedusApp", "FoedusData", "FoedusFormats", "FoedusStore",
                "FoedusWebAssets",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
            ]
        ),
        .target(name: "CAllocationCounter"),
        .target(
            name: "FoedusCLI",
            dependencies: [
                "FoedusCore", "FoedusAnalysis", "FoedusApp", "FoedusData", "FoedusFormats", "FoedusStore",
                "FoedusPostgres", "FoedusServer", "CAllocationCounter",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "foedus", dependencies: ["FoedusCLI"]),
        .target(
            name: "FoedusCoreTestSupport", dependencies: ["FoedusCore"], path: "Tests/FoedusCoreTestSupport"),
        .target(
            name: "FoedusTestSupport",
            dependencies: ["FoedusCore", "FoedusCoreTestSupport", "FoedusAnalysis", "FoedusData", "FoedusFormats"],
            path: "Tests/FoedusTestSupport"),
        // Core tests compile the treaty model and the engine only: no bundled data, no Yams.
        .testTarget(name: "FoedusCoreTests", dependencies: ["FoedusCore", "FoedusCoreTestSupport"]),
        .testTarget(
            name: "FoedusFormatsTests",
            dependencies: ["FoedusFormats", "FoedusAnalysis", "FoedusApp", "FoedusTestSupport"]),
        .testTarget(
            name: "FoedusAppTests",
            dependencies: [
                "FoedusAnalysis", "FoedusApp", "FoedusCore", "FoedusCoreTestSupport", "FoedusFormats",
                "FoedusTestSupport",
            ]),
        .testTarget(name: "FoedusAnalysisTests", dependencies: ["FoedusAnalysis", "FoedusTestSupport"]),
        .testTarget(
            name: "FoedusCLITests", dependencies: ["FoedusCLI", "FoedusTestSupport", "FoedusStore", "FoedusPostgres"]),
        .testTarget(
            name: "FoedusServerTests",
            dependencies: [
                "FoedusServer", "FoedusStore", "FoedusTestSupport", "FoedusApp", "FoedusFormats", "FoedusCore",
                "FoedusAnalysis", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        .testTarget(
            name: "FoedusStoreTests",
            dependencies: [
                "FoedusStore", "FoedusPostgres", "FoedusTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ]),
    ]
)

for target in package.targets where target.name != "CAllocationCounter" {
    target.swiftSettings = (target.swiftSettings ?? []) + settings
}
