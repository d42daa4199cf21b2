public import Foundation

/// What the charger itself did in one transaction: its own record, which the harness compares
/// with what the CPO published and what the partner received.
public struct ChargerSessionRecord: Sendable, Hashable {
    public var chargerID: String
    public var connector: Int
    public var idTag: String
    /// 1.6: the central system's integer id as text; 2.0.1: the station's own id.
    public var transactionID: String?
    public var started: Date
    public var stopped: Date?
    public var meterStartWh: Int
    public var meterStopWh: Int?
    public var stopReason: String?
    /// True when the meter jumped or reset during the transaction.
    public var meterDisturbed: Bool

    /// Energy delivered according to the charger's register, in Wh.
    public var energyWh: Int? { meterStopWh.map { $0 - meterStartWh } }
}
