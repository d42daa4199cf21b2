import Foundation
public import Wire

/// How the reference CPO reaches the world: its driver provides these. In the embedded run they
/// deliver in process on the simulated clock; served over the network they use sockets.
public struct CPOEnvironment {
    /// Sends an OCPP-J frame to a connected charger.
    public var sendOCPP: (_ chargerID: String, _ text: String) -> Void
    /// Sends an OCPI request and calls `completion` with the answer (nil: unreachable or timed out).
    /// The embedded driver completes before returning; a network driver completes later, on the
    /// same serial context that drives the CPO, so the CPO is never entered concurrently.
    public var sendOCPI:
        (_ request: HTTPRequest, _ url: String, _ completion: @escaping (HTTPResponse?) -> Void) -> Void
    /// Runs `action` after a delay, on the same clock as everything else.
    public var schedule: (_ delay: Duration, _ action: @escaping () -> Void) -> Void
    /// Makes a new secret token (credentials tokens).
    public var makeToken: () -> String

    public init(
        sendOCPP: @escaping (String, String) -> Void,
        sendOCPI: @escaping (HTTPRequest, String, @escaping (HTTPResponse?) -> Void) -> Void,
        schedule: @escaping (Duration, @escaping () -> Void) -> Void,
        makeToken: @escaping () -> String
    ) {
        self.sendOCPP = sendOCPP
        self.sendOCPI = sendOCPI
        self.schedule = schedule
        self.makeToken = makeToken
    }
}
