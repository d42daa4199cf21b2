import Testing

@testable import Chargers
