public import Foundation
public import PartnerMock

extension OCPIRemote {
    /// What pulling the CPO's sender interfaces gave: the objects, and the modules whose pull failed.
    public struct PullOutcome: Sendable, Hashable {
        public var objects: PulledObjects
        /// Module name (`locations`, …) → why its pull failed or why it was not possible.
        public var failures: [String: ExternalRunError]
    }

    /// Pulls locations, sessions, CDRs and tariffs from `party`'s sender endpoints with its token C,
    /// every page of each (§4.1.5). A module that fails, or that the CPO does not offer, is reported
    /// in `failures` and the others are still pulled. With `since`, only changes from then on (§4.1.5).
    public func pullSenderInterfaces(of party: RegisteredParty, since: Date? = nil) async -> PullOutcome {
        var objects = PulledObjects()
        var failures: [String: ExternalRunError] = [:]
        for module in ["locations", "sessions", "cdrs", "tariffs"] {
            guard let url = party.endpoints[module + ".SENDER"] else {
                failures[module] = .missingEndpoint(module + " SENDER")
                continue
            }
            do throws(ExternalRunError) {
                let pulled = try await pullAll(url, token: party.token, step: "pull " + module, since: since)
                switch module {
                case "locations": objects.locations = pulled
                case "sessions": objects.sessions = pulled
                case "cdrs": objects.cdrs = pulled
                default: objects.tariffs = pulled
                }
            } catch {
                failures[module] = error
            }
        }
        return PullOutcome(objects: objects, failures: failures)
    }
}
