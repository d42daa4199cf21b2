/// The vehicle plugged into a connector: how much it can take and how fast.
public struct EVModel: Sendable, Hashable {
    public var batteryKWh: Double
    public var startSoC: Double
    /// The state of charge at which the vehicle stops drawing power.
    public var targetSoC: Double
    public var maxACKW: Double
    public var maxDCKW: Double

    public init(
        batteryKWh: Double,
        startSoC: Double,
        targetSoC: Double = 100,
        maxACKW: Double = 11,
        maxDCKW: Double = 150
    ) {
        self.batteryKWh = batteryKWh
        self.startSoC = startSoC
        self.targetSoC = targetSoC
        self.maxACKW = maxACKW
        self.maxDCKW = maxDCKW
    }
}
