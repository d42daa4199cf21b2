public import JSON
public import OCPI
import Wire

extension OCPIRemote {
    /// The URL of `object` on a receiver interface: `receiver/{country_code}/{party_id}/{id}` (OCPI
    /// 2.2.1 §8.2.2 locations, §9.2.2 sessions, §11.2.2 tariffs; tokens, §12.2.2, use `uid` as the id).
    /// Nil when the object lacks one of these fields.
    public static func objectURL(receiver: String, object: JSONValue) -> String? {
        guard let country = object["country_code"]?.stringValue, let party = object["party_id"]?.stringValue,
            let id = object["id"]?.stringValue ?? object["uid"]?.stringValue
        else { return nil }
        let base = receiver.hasSuffix("/") ? String(receiver.dropLast()) : receiver
        return
            "\(base)/\(PercentEncoding.encode(country))/\(PercentEncoding.encode(party))/\(PercentEncoding.encode(id))"
    }

    /// PUTs a whole object to its URL on `receiver` (a push, §8.2.2.2 and the like).
    public func put(
        _ object: JSONValue,
        receiver: String,
        token: String,
        step: String,
        routing: OCPIHTTP.Routing? = nil
    ) async throws(ExternalRunError) {
        guard let url = Self.objectURL(receiver: receiver, object: object) else {
            throw .badAnswer(
                step: step,
                url: receiver,
                httpStatus: 0,
                statusCode: nil,
                message: "the object has no country_code, party_id and id to address it by"
            )
        }
        let request = OCPIHTTP.request(.put, url: url, token: token, body: object, requestID: step, routing: routing)
        _ = try await exchange(request, to: url, step: step)
    }

    /// POSTs a CDR to the eMSP's CDRs receiver (§10.2.2.2); returns the URL the eMSP keeps it at,
    /// from the `Location` header the answer must carry.
    public func postCDR(
        _ cdr: JSONValue,
        receiver: String,
        token: String,
        routing: OCPIHTTP.Routing? = nil
    ) async throws(ExternalRunError) -> String {
        let request = OCPIHTTP.request(
            .post,
            url: receiver,
            token: token,
            body: cdr,
            requestID: "cdr",
            routing: routing
        )
        let (response, _) = try await exchange(request, to: receiver, step: "post CDR")
        guard let location = response.headers["Location"], !location.isEmpty else {
            throw .badAnswer(
                step: "post CDR",
                url: receiver,
                httpStatus: response.status,
                statusCode: 1000,
                message: "no Location header with the CDR's URL (OCPI 2.2.1 §10.2.2.2)"
            )
        }
        return location
    }

    /// Real-time authorization (§12.2.1.2): POSTs to the eMSP's `tokens/{uid}/authorize` and returns
    /// the AuthorizationInfo (`allowed`, `token`, `authorization_reference`, …).
    public func authorize(
        tokenUID: String,
        type: String = "RFID",
        tokensSender: String,
        token: String,
        locationID: String? = nil
    ) async throws(ExternalRunError) -> JSONValue {
        let base = tokensSender.hasSuffix("/") ? String(tokensSender.dropLast()) : tokensSender
        let url = "\(base)/\(PercentEncoding.encode(tokenUID))/authorize?type=\(PercentEncoding.encode(type))"
        let body: JSONValue? = locationID.map { ["location_id": .string($0)] }
        let request = OCPIHTTP.request(.post, url: url, token: token, body: body, requestID: "authorize-\(tokenUID)")
        return try await exchange(request, to: url, step: "authorize \(tokenUID)").envelope["data"] ?? .null
    }
}
