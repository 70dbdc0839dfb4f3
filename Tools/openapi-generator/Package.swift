// swift-tools-version:6.2
// Only for scripts/generate-openapi: keeps swift-openapi-generator (OpenAPIKit, swift-algorithms, …) out of the main
// package's graph, so `swift build` and CI never build it. The code it generates is committed
// (Sources/FoedusServer/Generated/OpenAPI).
import PackageDescription

let package = Package(
    name: "openapi-generator",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: []
)
