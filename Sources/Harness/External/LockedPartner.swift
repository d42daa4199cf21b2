import Foundation
import PartnerMock

/// A `PartnerMock` (a non-Sendable class) shared between the HTTP server's handler tasks and the run.
/// `@unchecked Sendable` because every access goes through `lock`: the mock is only read or called
/// inside `withPartner`, and installed once by `install` before it is served.
final class LockedPartner: @unchecked Sendable {
    private let lock = NSLock()
    private var partner: PartnerMock?

    /// Puts the mock in place (once the base URL it announces is known).
    func install(_ partner: PartnerMock) {
        lock.withLock { self.partner = partner }
    }

    /// Runs `body` with the mock under the lock; nil before `install`.
    func withPartner<Result>(_ body: (PartnerMock) -> Result) -> Result? {
        lock.withLock { partner.map(body) }
    }
}
