import Foundation
public import Wire

/// Sends HTTP requests for a state machine confined to a dispatch queue (`QueueConfined`) and waits
/// there for the answer, so its outbound calls keep their order. The request itself runs on Swift
/// concurrency, which the waiting queue never blocks.
public struct WaitingHTTPClient: Sendable {
    private let client: any HTTPClient
    /// Longest wait for an answer.
    public var timeout: Duration

    public init(client: any HTTPClient = SocketHTTPClient(), timeout: Duration = .seconds(10)) {
        self.client = client
        self.timeout = timeout
    }

    /// The answer to `request` sent to `url`; nil when the URL is malformed, the peer unreachable or
    /// no complete answer arrived within `timeout`. Never call it from a Swift concurrency thread.
    public func send(_ request: HTTPRequest, to url: String) -> HTTPResponse? {
        guard let target = URL(string: url) else { return nil }
        let (client, timeout) = (self.client, self.timeout)
        return waitForAsyncWork { try? await client.send(request, to: target, timeout: timeout) }
    }
}
