import Testing

@testable import OCPP
