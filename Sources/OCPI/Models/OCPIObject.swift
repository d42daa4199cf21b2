/// An OCPI 2.2.1 object with its exact member names.
///
/// Decode and encode with `OCPICoding` (timestamps as OCPI DateTime, exact decimals). Members the
/// model does not know are ignored when decoding; `OCPIValidator` reports them as warnings.
public protocol OCPIObject: Codable, Hashable, Sendable {
    /// The object's name in the specification and in `OCPISchema.objects`.
    static var schemaName: String { get }
    /// The JSON member names the model reads and writes.
    static var memberNames: [String] { get }
}
