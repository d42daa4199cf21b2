import Testing

@testable import OCPI
