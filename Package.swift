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
        // Sockets: epoll/eventfd through a C shim (Glibc does not expose them).
        .target(name: "CSystemShims"),
        // TLS from the system's OpenSSL (Debian: libssl-dev); Transport uses it on Linux only.
        .systemLibrary(
            name: "COpenSSL",
            pkgConfig: "openssl",
            providers: [.apt(["libssl-dev"]), .brew(["openssl@3"])]
        ),
        .target(
            name: "Transport",
            dependencies: ["Wire", "CSystemShims", .target(name: "COpenSSL", condition: .when(platforms: [.linux]))]
        ),
        // Protocol models.
        .target(name: "OCPI", dependencies: ["JSON", "Wire"], exclude: ["Rules.md"]),
        .target(name: "OCPP", dependencies: ["JSON"]),
        // Domain engines.
        .target(name: "Tariffs", dependencies: ["OCPI", "JSON"]),
        .target(name: "Settlement", dependencies: ["JSON"]),
        // Actors in a run.
        .target(name: "Chargers", dependencies: ["OCPP", "JSON", "Simulation", "Transport", "Wire"]),
        .target(
            name: "ReferenceCPO",
            dependencies: ["OCPI", "OCPP", "JSON", "Tariffs", "Wire", "Transport", "Simulation"]
        ),
        .target(name: "PartnerMock", dependencies: ["OCPI", "JSON", "Wire", "Transport", "Simulation"]),
        // The product.
        .target(
            name: "Harness",
            dependencies: [
                "JSON", "Simulation", "OCPI", "OCPP", "Wire", "Tariffs", "Settlement", "Chargers", "ReferenceCPO",
                "PartnerMock", "Transport",
            ],
            exclude: ["Checks.md"]
        ),
        .target(name: "Reports", dependencies: ["Harness", "JSON", "OCPI", "PartnerMock", "Settlement", "Tariffs"]),
        .target(
            name: "RoamGateCLI",
            dependencies: [
                "JSON", "OCPI", "Tariffs", "Chargers", "ReferenceCPO", "PartnerMock", "Harness", "Reports", "Wire",
                "Simulation", "Transport",
            ]
        ),
        .executableTarget(name: "roamgate", dependencies: ["RoamGateCLI"]),
        // Peer for the HTTP and WebSocket interop scripts (Tests/Interop).
        .executableTarget(name: "roamgate-wire-peer", dependencies: ["Transport", "Wire"]),
        // Peer for the TLS interop script (Tests/Interop/external-tls-interop.sh).
        .executableTarget(name: "roamgate-tls-peer", dependencies: ["Transport", "Wire"]),
        .executableTarget(
            name: "roamgate-bench",
            dependencies: [
                "JSON", "OCPI", "Tariffs", "Wire", "Simulation", "Chargers", "ReferenceCPO", "PartnerMock", "Harness",
                "RoamGateCLI", "Transport", "OCPP",
            ]
        ),
        .executableTarget(
            name: "roamgate-fuzz",
            dependencies: ["Wire", "JSON", "OCPP", "OCPI", "Tariffs", "Harness"]
        ),
        // Tests.
        .target(name: "TestSupport", dependencies: ["JSON", "Wire", "Simulation"], path: "Tests/TestSupport"),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "TestSupport"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "TestSupport"]),
        .testTarget(name: "WireTests", dependencies: ["Wire", "TestSupport", "roamgate-fuzz"]),
        .testTarget(name: "TransportTests", dependencies: ["Transport", "Wire", "TestSupport"]),
        .testTarget(name: "OCPITests", dependencies: ["OCPI", "JSON", "TestSupport"]),
        .testTarget(name: "OCPPTests", dependencies: ["OCPP", "JSON", "TestSupport"]),
        .testTarget(name: "TariffsTests", dependencies: ["Tariffs", "OCPI", "JSON", "Simulation", "TestSupport"]),
        .testTarget(name: "SettlementTests", dependencies: ["Settlement", "TestSupport"]),
        .testTarget(
            name: "ChargersTests",
            dependencies: ["Chargers", "OCPP", "Simulation", "JSON", "TestSupport", "Transport", "Wire"]
        ),
        .testTarget(
            name: "ReferenceCPOTests",
            dependencies: [
                "ReferenceCPO", "PartnerMock", "Chargers", "OCPI", "OCPP", "Tariffs", "Simulation", "Wire", "JSON",
                "Transport", "TestSupport",
            ]
        ),
        .testTarget(
            name: "PartnerMockTests",
            dependencies: ["PartnerMock", "OCPI", "Simulation", "Wire", "Transport", "JSON", "TestSupport"]
        ),
        .testTarget(
            name: "HarnessTests",
            dependencies: [
                "Harness", "Chargers", "ReferenceCPO", "JSON", "OCPI", "Simulation", "TestSupport", "PartnerMock",
                "Transport", "Wire",
            ]
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
for target in package.targets where target.type != .system && target.name != "CSystemShims" {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    target.swiftSettings = settings
}
