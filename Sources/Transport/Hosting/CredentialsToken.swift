/// Fresh credentials tokens for served parties (OCPI 2.2.1 §7.2: token B or C).
public enum CredentialsToken {
    /// 128 random bits from the system's generator, as four groups of hexadecimal digits.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt32, radix: 16) }.joined(separator: "-")
    }
}
