// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ReportExtract",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ReportExtract", targets: ["ReportExtract"]),
        .executable(name: "report-extract", targets: ["report-extract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System ICU: discovery and link flags only. No Swift file imports it (see CICUShim).
        .systemLibrary(
            name: "CICU",
            path: "Sources/CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"]), .brew(["icu4c"])]
        ),
        // Opaque C shim: its public header uses <stdint.h> types only, so Swift modules that also
        // import Foundation (which carries its own private ICU) never see the system ICU headers.
        .target(name: "CICUShim", dependencies: ["CICU"]),
        // SHA-256 block compression in C, with the CPU's SHA instructions where it has them.
        .target(name: "CSHA256"),
        // `syncfs`, which Swift's Glibc module does not declare: a batch run flushes many
        // documents' outputs at once (`GroupCommit`).
        .target(name: "CFileSync"),
        .target(
            name: "ReportExtract",
            dependencies: ["CICUShim", "CSHA256", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "report-extract",
            dependencies: [
                "ReportExtract", "CFileSync",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The stage-by-stage benchmark (see Benchmarks/README.md); not part of the product.
        .executableTarget(
            name: "report-extract-bench",
            dependencies: ["ReportExtract"],
            path: "Benchmarks/StageBench"
        ),
        .testTarget(
            name: "ReportExtractTests",
            dependencies: ["ReportExtract", "CSHA256"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
