import Testing

@testable import Tariffs
