/// Why an exchange of the external run with a partner's OCPI endpoints could not be completed. Each
/// case names the step and the URL, so the message says where the partner went wrong.
public enum ExternalRunError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No HTTP answer (connect refused, TLS refused, timeout); the transport's reason.
    case unreachable(step: String, url: String, reason: String)
    /// An answer that is not a successful OCPI envelope: HTTP status, OCPI status code (if any) and message.
    case badAnswer(step: String, url: String, httpStatus: Int, statusCode: Int?, message: String?)
    /// The partner offers no OCPI 2.2.1 in its versions list (OCPI 2.2.1 §6.1).
    case noMutualVersion(url: String, offered: [String])
    /// The partner's 2.2.1 version details lack an endpoint the run needs (§6.2).
    case missingEndpoint(String)
    /// Paging through a list went wrong (§4.1.5): a `Link` loop, too many pages, data that is no list.
    case pagination(url: String, reason: String)

    public var description: String {
        switch self {
        case .unreachable(let step, let url, let reason):
            "\(step): no answer from \(url): \(reason)"
        case .badAnswer(let step, let url, let httpStatus, let statusCode, let message):
            "\(step): \(url) answered HTTP \(httpStatus)"
                + (statusCode.map { ", OCPI status_code \($0)" } ?? ", no OCPI envelope")
                + (message.map { " (\($0))" } ?? "")
        case .noMutualVersion(let url, let offered):
            "\(url) offers no OCPI 2.2.1 (offered: \(offered.isEmpty ? "none" : offered.joined(separator: ", ")))"
        case .missingEndpoint(let identifier):
            "the partner's 2.2.1 version details have no \(identifier) endpoint"
        case .pagination(let url, let reason):
            "paging \(url): \(reason)"
        }
    }
}
