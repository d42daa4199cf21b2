public import Foundation

extension OCPP16.SampledValue {
    /// The value as an exact decimal, or nil when it is not a decimal number (e.g. a SignedData blob).
    public var decimalValue: Decimal? {
        Decimal(string: value, locale: nil)
    }

    /// The measurand, applying the default `Energy.Active.Import.Register` (OCPP 1.6 §7.31).
    public var effectiveMeasurand: OCPP16.Measurand {
        measurand ?? .energyActiveImportRegister
    }

    /// The unit, applying the default `Wh` for Energy measurands (OCPP 1.6 §7.31); else nil when absent.
    public var effectiveUnit: OCPP16.UnitOfMeasure? {
        if let unit { return unit }
        return effectiveMeasurand.rawValue.hasPrefix("Energy") ? .wh : nil
    }
}
