import ReferenceCPO

/// The charger the reference CPO tests use: CP1 at LOC1, one EVSE with one 11 kW type 2 socket.
enum TestCharger {
    static let cp1 = ChargerMasterData(
        chargerID: "CP1",
        locationID: "LOC1",
        locationName: "Test",
        address: "Street 1",
        city: "Berlin",
        postalCode: "10115",
        latitude: "52.5",
        longitude: "13.4",
        evses: [
            .init(connectors: [
                .init(
                    ocppConnectorID: 1,
                    standard: "IEC_62196_T2",
                    format: "SOCKET",
                    powerType: "AC_3_PHASE",
                    maxVoltage: 400,
                    maxAmperage: 16,
                    maxPowerWatts: 11_000
                )
            ])
        ]
    )
}
