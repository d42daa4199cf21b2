public import JSON
public import OCPI
import Wire

extension OCPIRemote {
    /// The CPO's synchronous answer to a command (OCPI 2.2.1 §13.4.1 CommandResponse), as received:
    /// a refused or malformed answer is data for the checks, not an error.
    public struct CommandAnswer: Sendable, Hashable {
        public var httpStatus: Int
        /// The envelope's `status_code`; nil when the answer had no envelope.
        public var statusCode: Int?
        /// `ACCEPTED`, `REJECTED`, `NOT_SUPPORTED`, `UNKNOWN_SESSION`, or whatever the CPO sent.
        public var result: String?
        /// Seconds the CPO gives itself to POST the CommandResult.
        public var timeoutSeconds: Int?

        public init(httpStatus: Int, statusCode: Int?, result: String?, timeoutSeconds: Int?) {
            self.httpStatus = httpStatus
            self.statusCode = statusCode
            self.result = result
            self.timeoutSeconds = timeoutSeconds
        }
    }

    /// POSTs a command to the CPO's commands receiver, `receiver/{command}` (§13.2.2). `body` is the
    /// command object (StartSession, StopSession, …) and must carry the `response_url` the
    /// CommandResult is to be POSTed to (§13.3).
    public func command(
        _ type: String,
        body: JSONValue,
        receiver: String,
        token: String,
        routing: OCPIHTTP.Routing? = nil
    ) async throws(ExternalRunError) -> CommandAnswer {
        let base = receiver.hasSuffix("/") ? String(receiver.dropLast()) : receiver
        let url = base + "/" + PercentEncoding.encode(type)
        let request = OCPIHTTP.request(
            .post,
            url: url,
            token: token,
            body: body,
            requestID: "command-\(type)",
            routing: routing
        )
        let (response, envelope) = try await send(request, to: url, step: "command \(type)")
        return CommandAnswer(
            httpStatus: response.status,
            statusCode: envelope?["status_code"]?.numberValue?.int,
            result: envelope?["data"]?["result"]?.stringValue,
            timeoutSeconds: envelope?["data"]?["timeout"]?.numberValue?.int
        )
    }
}
