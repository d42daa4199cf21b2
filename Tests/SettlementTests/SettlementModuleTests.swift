import Testing

@testable import Settlement
