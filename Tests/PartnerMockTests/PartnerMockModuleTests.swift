import Testing

@testable import PartnerMock
