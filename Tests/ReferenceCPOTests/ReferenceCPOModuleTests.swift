import Testing

@testable import ReferenceCPO
