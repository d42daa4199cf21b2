// swift-tools-version: 6.1
// RoamGate: roaming-launch validation and conformance harness for EV charging.
// No package dependencies (DESIGN.md, "packages: none"): Foundation, Dispatch, the C library
// and C shim targets of our own.
import PackageDescription

let package = Package(
    name: "RoamGate",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "roamgate", targets: ["roamgate"]),
        .executable(name: "roamgate-bench", targets: ["roamgate-bench"]),
        .library(name: "RoamGateCLI", targets: ["RoamGateCLI"]),
    ],
    targets: [
        // Pure foundations.
        .target(name: "JSON"),
        .target(name: "Simulation"),
        .target(name: "Wire"),
        // Protocol models.
        .target(name: "OCPI", dependencies: ["JSON", "Wire"]),
        .target(name: "OCPP", dependencies: ["JSON"]),
        // Domain engines.
        .target(name: "Tariffs", dependencies: ["OCPI", "JSON"]),
        .target(name: "Settlement", dependencies: ["JSON"]),
        // Actors in a run.
        .target(name: "Chargers", dependencies: ["OCPP", "JSON", "Simulation"]),
        .target(
            name: "ReferenceCPO",
            dependencies: ["OCPI", "OCPP", "JSON", "Tariffs", "Wire", "Simulation"]
        ),
        .target(name: "PartnerMock", dependencies: ["OCPI", "JSON", "Wire", "Simulation"]),
        // The product.
        .target(
            name: "Harness",
            dependencies: [
                "JSON", "Simulation", "OCPI", "OCPP", "Wire", "Tariffs", "Settlement", "Chargers", "ReferenceCPO",
                "PartnerMock",
            ],
            exclude: ["Checks.md"]
        ),
        .target(name: "Reports", dependencies: ["Harness", "JSON", "OCPI", "PartnerMock", "Settlement", "Tariffs"]),
        .target(
            name: "RoamGateCLI",
            dependencies: [
                "JSON", "OCPI", "Tariffs", "Chargers", "ReferenceCPO", "PartnerMock", "Harness", "Reports", "Wire",
                "Simulation",
            ]
        ),
        .executableTarget(name: "roamgate", dependencies: ["RoamGateCLI"]),
        .executableTarget(
            name: "roamgate-bench",
            dependencies: [
                "JSON", "OCPI", "Tariffs", "Wire", "Simulation", "Chargers", "ReferenceCPO", "PartnerMock", "Harness",
                "RoamGateCLI",
            ]
        ),
        .executableTarget(name: "roamgate-fuzz", dependencies: ["Wire"]),
        // Tests.
        .target(name: "TestSupport", dependencies: ["JSON", "Wire", "Simulation"], path: "Tests/TestSupport"),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "TestSupport"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "TestSupport"]),
        .testTarget(name: "WireTests", dependencies: ["Wire", "TestSupport", "roamgate-fuzz"]),
        .testTarget(name: "OCPITests", dependencies: ["OCPI", "JSON", "TestSupport"]),
        .testTarget(name: "OCPPTests", dependencies: ["OCPP", "JSON", "TestSupport"]),
        .testTarget(name: "TariffsTests", dependencies: ["Tariffs", "OCPI", "JSON", "Simulation", "TestSupport"]),
        .testTarget(name: "SettlementTests", dependencies: ["Settlement", "TestSupport"]),
        .testTarget(
            name: "ChargersTests",
            dependencies: ["Chargers", "OCPP", "Simulation", "JSON", "TestSupport"]
        ),
        .testTarget(
            name: "ReferenceCPOTests",
            dependencies: [
                "ReferenceCPO", "PartnerMock", "Chargers", "OCPI", "OCPP", "Tariffs", "Simulation", "Wire", "JSON",
                "TestSupport",
            ]
        ),
        .testTarget(
            name: "PartnerMockTests",
            dependencies: ["PartnerMock", "OCPI", "Simulation", "Wire", "JSON", "TestSupport"]
        ),
        .testTarget(
            name: "HarnessTests",
            dependencies: ["Harness", "Chargers", "ReferenceCPO", "JSON", "OCPI", "Simulation", "TestSupport"]
        ),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Harness", "PartnerMock", "JSON", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "RoamGateCLITests", dependencies: ["RoamGateCLI", "JSON", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// One place for the settings every Swift target shares (aesthetics.md §4.1).
for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
