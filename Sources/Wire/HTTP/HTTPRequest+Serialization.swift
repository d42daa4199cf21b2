extension HTTPRequest {
    /// The request as HTTP/1.1 bytes (RFC 9112 §3), ready for `HTTPRequestParser` on the other side.
    ///
    /// Header fields are written in order, as they are. `Content-Length` is added when neither it nor
    /// `Transfer-Encoding` is present and the body is not empty or the method is POST, PUT or PATCH
    /// (RFC 9110 §8.6). With `Transfer-Encoding: chunked` the body goes out as one chunk, then the trailers.
    public func serialized() -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(128 + body.count)
        HTTPMessageWriter.write("\(method.rawValue) \(target) \(version)", to: &output)
        HTTPMessageWriter.writeLineEnd(to: &output)
        let methodExpectsContent = [HTTPMethod.post, .put, .patch].contains(method)
        HTTPMessageWriter.writeFieldsAndBody(
            headers: headers,
            body: body,
            trailers: trailers,
            addContentLength: !body.isEmpty || methodExpectsContent,
            includeBody: true,
            to: &output
        )
        return output
    }
}
