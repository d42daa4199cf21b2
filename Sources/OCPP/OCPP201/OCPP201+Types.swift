public import Foundation

extension OCPP201 {
    /// `Modem` (OCPP 2.0.1 Part 2 §2).
    public struct Modem: OCPPPayload {
        public var iccid: String?
        public var imsi: String?

        public init(iccid: String? = nil, imsi: String? = nil) {
            self.iccid = iccid
            self.imsi = imsi
        }
    }

    /// `ChargingStation` (OCPP 2.0.1 Part 2 §2).
    public struct ChargingStation: OCPPPayload {
        public var serialNumber: String?
        public var model: String
        public var modem: Modem?
        public var vendorName: String
        public var firmwareVersion: String?

        public init(
            model: String,
            vendorName: String,
            serialNumber: String? = nil,
            modem: Modem? = nil,
            firmwareVersion: String? = nil
        ) {
            self.serialNumber = serialNumber
            self.model = model
            self.modem = modem
            self.vendorName = vendorName
            self.firmwareVersion = firmwareVersion
        }
    }

    /// `StatusInfo` (OCPP 2.0.1 Part 2 §2).
    public struct StatusInfo: OCPPPayload {
        public var reasonCode: String
        public var additionalInfo: String?

        public init(reasonCode: String, additionalInfo: String? = nil) {
            self.reasonCode = reasonCode
            self.additionalInfo = additionalInfo
        }
    }

    /// `AdditionalInfo` (OCPP 2.0.1 Part 2 §2).
    public struct AdditionalInfo: OCPPPayload {
        public var additionalIdToken: String
        public var type: String

        public init(additionalIdToken: String, type: String) {
            self.additionalIdToken = additionalIdToken
            self.type = type
        }
    }

    /// `IdToken` (OCPP 2.0.1 Part 2 §2).
    public struct IdToken: OCPPPayload {
        public var additionalInfo: [AdditionalInfo]?
        public var idToken: String
        public var type: IdTokenType

        public init(idToken: String, type: IdTokenType, additionalInfo: [AdditionalInfo]? = nil) {
            self.additionalInfo = additionalInfo
            self.idToken = idToken
            self.type = type
        }
    }

    /// `MessageContent` (OCPP 2.0.1 Part 2 §2).
    public struct MessageContent: OCPPPayload {
        public var format: MessageFormat
        public var language: String?
        public var content: String

        public init(format: MessageFormat, content: String, language: String? = nil) {
            self.format = format
            self.language = language
            self.content = content
        }
    }

    /// `IdTokenInfo` (OCPP 2.0.1 Part 2 §2).
    public struct IdTokenInfo: OCPPPayload {
        public var status: AuthorizationStatus
        public var cacheExpiryDateTime: Date?
        public var chargingPriority: Int?
        public var language1: String?
        public var evseId: [Int]?
        public var groupIdToken: IdToken?
        public var language2: String?
        public var personalMessage: MessageContent?

        public init(
            status: AuthorizationStatus,
            cacheExpiryDateTime: Date? = nil,
            chargingPriority: Int? = nil,
            language1: String? = nil,
            evseId: [Int]? = nil,
            groupIdToken: IdToken? = nil,
            language2: String? = nil,
            personalMessage: MessageContent? = nil
        ) {
            self.status = status
            self.cacheExpiryDateTime = cacheExpiryDateTime
            self.chargingPriority = chargingPriority
            self.language1 = language1
            self.evseId = evseId
            self.groupIdToken = groupIdToken
            self.language2 = language2
            self.personalMessage = personalMessage
        }
    }

    /// `OCSPRequestData` (OCPP 2.0.1 Part 2 §2).
    public struct OCSPRequestData: OCPPPayload {
        public var hashAlgorithm: HashAlgorithm
        public var issuerNameHash: String
        public var issuerKeyHash: String
        public var serialNumber: String
        public var responderURL: String

        public init(
            hashAlgorithm: HashAlgorithm,
            issuerNameHash: String,
            issuerKeyHash: String,
            serialNumber: String,
            responderURL: String
        ) {
            self.hashAlgorithm = hashAlgorithm
            self.issuerNameHash = issuerNameHash
            self.issuerKeyHash = issuerKeyHash
            self.serialNumber = serialNumber
            self.responderURL = responderURL
        }
    }

    /// `EVSE` (OCPP 2.0.1 Part 2 §2).
    public struct EVSE: OCPPPayload {
        public var id: Int
        public var connectorId: Int?

        public init(id: Int, connectorId: Int? = nil) {
            self.id = id
            self.connectorId = connectorId
        }
    }

    /// `Transaction` (OCPP 2.0.1 Part 2 §2).
    public struct Transaction: OCPPPayload {
        public var transactionId: String
        public var chargingState: ChargingState?
        public var timeSpentCharging: Int?
        public var stoppedReason: Reason?
        public var remoteStartId: Int?

        public init(
            transactionId: String,
            chargingState: ChargingState? = nil,
            timeSpentCharging: Int? = nil,
            stoppedReason: Reason? = nil,
            remoteStartId: Int? = nil
        ) {
            self.transactionId = transactionId
            self.chargingState = chargingState
            self.timeSpentCharging = timeSpentCharging
            self.stoppedReason = stoppedReason
            self.remoteStartId = remoteStartId
        }
    }

    /// `SignedMeterValue` (OCPP 2.0.1 Part 2 §2).
    public struct SignedMeterValue: OCPPPayload {
        public var signedMeterData: String
        public var signingMethod: String
        public var encodingMethod: String
        public var publicKey: String

        public init(signedMeterData: String, signingMethod: String, encodingMethod: String, publicKey: String) {
            self.signedMeterData = signedMeterData
            self.signingMethod = signingMethod
            self.encodingMethod = encodingMethod
            self.publicKey = publicKey
        }
    }

    /// `UnitOfMeasure` (OCPP 2.0.1 Part 2 §2).
    public struct UnitOfMeasure: OCPPPayload {
        public var unit: String?
        public var multiplier: Int?

        public init(unit: String? = nil, multiplier: Int? = nil) {
            self.unit = unit
            self.multiplier = multiplier
        }
    }

    /// `SampledValue` (OCPP 2.0.1 Part 2 §2).
    public struct SampledValue: OCPPPayload {
        public var value: Decimal
        public var context: ReadingContext?
        public var measurand: Measurand?
        public var phase: Phase?
        public var location: Location?
        public var signedMeterValue: SignedMeterValue?
        public var unitOfMeasure: UnitOfMeasure?

        public init(
            value: Decimal,
            context: ReadingContext? = nil,
            measurand: Measurand? = nil,
            phase: Phase? = nil,
            location: Location? = nil,
            signedMeterValue: SignedMeterValue? = nil,
            unitOfMeasure: UnitOfMeasure? = nil
        ) {
            self.value = value
            self.context = context
            self.measurand = measurand
            self.phase = phase
            self.location = location
            self.signedMeterValue = signedMeterValue
            self.unitOfMeasure = unitOfMeasure
        }
    }

    /// `MeterValue` (OCPP 2.0.1 Part 2 §2).
    public struct MeterValue: OCPPPayload {
        public var sampledValue: [SampledValue]
        public var timestamp: Date

        public init(sampledValue: [SampledValue], timestamp: Date) {
            self.sampledValue = sampledValue
            self.timestamp = timestamp
        }
    }

    /// `ChargingSchedulePeriod` (OCPP 2.0.1 Part 2 §2).
    public struct ChargingSchedulePeriod: OCPPPayload {
        public var startPeriod: Int
        public var limit: Decimal
        public var numberPhases: Int?
        public var phaseToUse: Int?

        public init(startPeriod: Int, limit: Decimal, numberPhases: Int? = nil, phaseToUse: Int? = nil) {
            self.startPeriod = startPeriod
            self.limit = limit
            self.numberPhases = numberPhases
            self.phaseToUse = phaseToUse
        }
    }

    /// `RelativeTimeInterval` (OCPP 2.0.1 Part 2 §2).
    public struct RelativeTimeInterval: OCPPPayload {
        public var start: Int
        public var duration: Int?

        public init(start: Int, duration: Int? = nil) {
            self.start = start
            self.duration = duration
        }
    }

    /// `Cost` (OCPP 2.0.1 Part 2 §2).
    public struct Cost: OCPPPayload {
        public var costKind: CostKind
        public var amount: Int
        public var amountMultiplier: Int?

        public init(costKind: CostKind, amount: Int, amountMultiplier: Int? = nil) {
            self.costKind = costKind
            self.amount = amount
            self.amountMultiplier = amountMultiplier
        }
    }

    /// `ConsumptionCost` (OCPP 2.0.1 Part 2 §2).
    public struct ConsumptionCost: OCPPPayload {
        public var startValue: Decimal
        public var cost: [Cost]

        public init(startValue: Decimal, cost: [Cost]) {
            self.startValue = startValue
            self.cost = cost
        }
    }

    /// `SalesTariffEntry` (OCPP 2.0.1 Part 2 §2).
    public struct SalesTariffEntry: OCPPPayload {
        public var relativeTimeInterval: RelativeTimeInterval
        public var ePriceLevel: Int?
        public var consumptionCost: [ConsumptionCost]?

        public init(
            relativeTimeInterval: RelativeTimeInterval,
            ePriceLevel: Int? = nil,
            consumptionCost: [ConsumptionCost]? = nil
        ) {
            self.relativeTimeInterval = relativeTimeInterval
            self.ePriceLevel = ePriceLevel
            self.consumptionCost = consumptionCost
        }
    }

    /// `SalesTariff` (OCPP 2.0.1 Part 2 §2).
    public struct SalesTariff: OCPPPayload {
        public var id: Int
        public var salesTariffDescription: String?
        public var numEPriceLevels: Int?
        public var salesTariffEntry: [SalesTariffEntry]

        public init(
            id: Int,
            salesTariffEntry: [SalesTariffEntry],
            salesTariffDescription: String? = nil,
            numEPriceLevels: Int? = nil
        ) {
            self.id = id
            self.salesTariffDescription = salesTariffDescription
            self.numEPriceLevels = numEPriceLevels
            self.salesTariffEntry = salesTariffEntry
        }
    }

    /// `ChargingSchedule` (OCPP 2.0.1 Part 2 §2).
    public struct ChargingSchedule: OCPPPayload {
        public var id: Int
        public var startSchedule: Date?
        public var duration: Int?
        public var chargingRateUnit: ChargingRateUnit
        public var chargingSchedulePeriod: [ChargingSchedulePeriod]
        public var minChargingRate: Decimal?
        public var salesTariff: SalesTariff?

        public init(
            id: Int,
            chargingRateUnit: ChargingRateUnit,
            chargingSchedulePeriod: [ChargingSchedulePeriod],
            startSchedule: Date? = nil,
            duration: Int? = nil,
            minChargingRate: Decimal? = nil,
            salesTariff: SalesTariff? = nil
        ) {
            self.id = id
            self.startSchedule = startSchedule
            self.duration = duration
            self.chargingRateUnit = chargingRateUnit
            self.chargingSchedulePeriod = chargingSchedulePeriod
            self.minChargingRate = minChargingRate
            self.salesTariff = salesTariff
        }
    }

    /// `ChargingProfile` (OCPP 2.0.1 Part 2 §2).
    public struct ChargingProfile: OCPPPayload {
        public var id: Int
        public var stackLevel: Int
        public var chargingProfilePurpose: ChargingProfilePurpose
        public var chargingProfileKind: ChargingProfileKind
        public var recurrencyKind: RecurrencyKind?
        public var validFrom: Date?
        public var validTo: Date?
        public var transactionId: String?
        public var chargingSchedule: [ChargingSchedule]

        public init(
            id: Int,
            stackLevel: Int,
            chargingProfilePurpose: ChargingProfilePurpose,
            chargingProfileKind: ChargingProfileKind,
            chargingSchedule: [ChargingSchedule],
            recurrencyKind: RecurrencyKind? = nil,
            validFrom: Date? = nil,
            validTo: Date? = nil,
            transactionId: String? = nil
        ) {
            self.id = id
            self.stackLevel = stackLevel
            self.chargingProfilePurpose = chargingProfilePurpose
            self.chargingProfileKind = chargingProfileKind
            self.recurrencyKind = recurrencyKind
            self.validFrom = validFrom
            self.validTo = validTo
            self.transactionId = transactionId
            self.chargingSchedule = chargingSchedule
        }
    }
}
