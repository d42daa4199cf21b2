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
        .target(name: "CSystemShims"),
        .target(name: "Transport", dependencies: ["Wire", "CSystemShims"]),
        // Protocol models.
        .target(name: "OCPI", dependencies: ["JSON", "Wire"]),
        .target(name: "OCPP", dependencies: ["JSON"]),
        // Domain engines.
        .target(name: "Tariffs", dependencies: ["OCPI", "JSON"]),
        .target(name: "Settlement", dependencies: ["OCPI", "Tariffs", "JSON"]),
        // Actors in a run.
        .target(name: "Chargers", dependencies: ["OCPP", "JSON", "Transport", "Wire", "Simulation"]),
        .target(
            name: "ReferenceCPO",
            dependencies: ["OCPI", "OCPP", "JSON", "Tariffs", "Transport", "Wire", "Simulation"]
        ),
        .target(name: "PartnerMock", dependencies: ["OCPI", "JSON", "Transport", "Wire", "Simulation"]),
        // The product.
        .target(
            name: "Harness",
            dependencies: [
                "JSON", "Simulation", "OCPI", "OCPP", "Wire", "Transport", "Tariffs", "Settlement",
                "Chargers", "ReferenceCPO", "PartnerMock",
            ]
        ),
        .target(name: "Reports", dependencies: ["Harness", "JSON", "OCPI", "PartnerMock", "Settlement", "Tariffs"]),
        .target(
            name: "RoamGateCLI",
            dependencies: [
                "JSON", "OCPI", "Tariffs", "Settlement", "Chargers", "ReferenceCPO", "PartnerMock",
                "Harness", "Reports", "Transport", "Wire", "Simulation",
            ]
        ),
        .executableTarget(name: "roamgate", dependencies: ["RoamGateCLI"]),
        .executableTarget(
            name: "roamgate-bench",
            dependencies: [
                "JSON", "OCPI", "Tariffs", "Wire", "Transport", "Simulation", "Chargers", "ReferenceCPO",
                "PartnerMock", "Harness", "RoamGateCLI",
            ]
        ),
        // Tests.
        .target(name: "TestSupport", dependencies: ["JSON", "Wire", "Simulation"], path: "Tests/TestSupport"),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "TestSupport"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "TestSupport"]),
        .testTarget(name: "WireTests", dependencies: ["Wire", "TestSupport"]),
        .testTarget(name: "TransportTests", dependencies: ["Transport", "Wire", "TestSupport"]),
        .testTarget(name: "OCPITests", dependencies: ["OCPI", "JSON", "TestSupport"]),
        .testTarget(name: "OCPPTests", dependencies: ["OCPP", "JSON", "TestSupport"]),
        .testTarget(name: "TariffsTests", dependencies: ["Tariffs", "OCPI", "JSON", "TestSupport"]),
        .testTarget(name: "SettlementTests", dependencies: ["Settlement", "Tariffs", "OCPI", "TestSupport"]),
        .testTarget(
            name: "ChargersTests",
            dependencies: ["Chargers", "OCPP", "Simulation", "Transport", "Wire", "JSON", "TestSupport"]
        ),
        .testTarget(
            name: "ReferenceCPOTests",
            dependencies: [
                "ReferenceCPO", "Chargers", "OCPI", "OCPP", "Tariffs", "Simulation", "Transport", "Wire", "JSON",
                "TestSupport",
            ]
        ),
        .testTarget(
            name: "PartnerMockTests",
            dependencies: ["PartnerMock", "OCPI", "Simulation", "Transport", "Wire", "JSON", "TestSupport"]
        ),
        .testTarget(
            name: "HarnessTests",
            dependencies: ["Harness", "JSON", "OCPI", "Simulation", "TestSupport"]
        ),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Harness", "JSON", "TestSupport"]),
        .testTarget(name: "RoamGateCLITests", dependencies: ["RoamGateCLI", "JSON", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// One place for the settings every Swift target shares (aesthetics.md §4.1).
for target in package.targets where target.name != "CSystemShims" {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
