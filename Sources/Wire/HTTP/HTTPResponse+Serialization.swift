extension HTTPResponse {
    /// The response as HTTP/1.1 bytes (RFC 9112 §4), ready for `HTTPResponseParser` on the other side.
    ///
    /// Header fields are written in order, as they are. `Content-Length` is added when neither it nor
    /// `Transfer-Encoding` is present, except for 1xx and 204 responses, which have no content
    /// (RFC 9110 §8.6). Pass `includingBody: false` to answer a HEAD request: the fields describe the
    /// body, which is not sent (RFC 9110 §9.3.2).
    public func serialized(includingBody: Bool = true) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(128 + body.count)
        let statusLine = reason.isEmpty ? "\(version) \(status) " : "\(version) \(status) \(reason)"
        HTTPMessageWriter.write(statusLine, to: &output)
        HTTPMessageWriter.writeLineEnd(to: &output)
        let hasNoContent = isInformational || status == 204 || status == 304
        HTTPMessageWriter.writeFieldsAndBody(
            headers: headers,
            body: body,
            trailers: trailers,
            addContentLength: !hasNoContent,
            includeBody: includingBody && !hasNoContent,
            to: &output
        )
        return output
    }
}
