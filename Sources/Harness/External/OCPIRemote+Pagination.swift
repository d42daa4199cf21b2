public import Foundation
public import JSON
import OCPI
import Wire

extension OCPIRemote {
    /// Every object of a paginated list (OCPI 2.2.1 §4.1.5): GETs `url`, then each page the `Link`
    /// header's `rel="next"` names, until a page has none. A `Link` that points back to a page
    /// already read, data that is not a list, or more than `maxPages` pages end the pull with an error.
    /// With `since`, only objects changed from then on are asked for (`date_from`, §4.1.5), so a run
    /// that pulls repeatedly reads each change once.
    public func pullAll(
        _ url: String,
        token: String,
        step: String,
        since: Date? = nil,
        maxPages: Int = 1_000
    ) async throws(ExternalRunError) -> [JSONValue] {
        var objects: [JSONValue] = []
        var next: String? = url
        if let since {
            let separator = url.contains("?") ? "&" : "?"
            next = url + separator + "date_from=" + PercentEncoding.encode(OCPITimestamp.format(since))
        }
        var visited: Set<String> = []
        while let page = next {
            guard visited.count < maxPages else {
                throw .pagination(url: url, reason: "more than \(maxPages) pages")
            }
            guard visited.insert(page).inserted else {
                throw .pagination(url: url, reason: "the Link header leads back to \(page), already read")
            }
            let request = OCPIHTTP.request(.get, url: page, token: token, requestID: "\(step)-page-\(visited.count)")
            let (response, envelope) = try await exchange(request, to: page, step: "\(step) page \(visited.count)")
            guard let items = envelope["data"]?.arrayValue else {
                throw .pagination(url: page, reason: "the page's data is not a list")
            }
            objects += items
            next = OCPIHTTP.nextPageURL(response)
        }
        return objects
    }
}
