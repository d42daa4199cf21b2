public import JSON

/// Validates the bytes of a file: one JSON value (object, array or response envelope) or JSON
/// lines (one value per line, e.g. a month of exported CDRs). Pure: bytes in, reports out.
///
/// Each document is parsed without recording locations; only a document with findings is parsed
/// again with locations, so a clean file costs one parse.
public struct OCPIFileValidator: Sendable {
    public var validator: OCPIValidator
    public var limits: JSONParser.Limits

    public init(validator: OCPIValidator = OCPIValidator(), limits: JSONParser.Limits = .default) {
        self.validator = validator
        self.limits = limits
    }

    /// The reports of every object in the file, in order. Throws the first syntax error, located.
    public func validate(_ bytes: [UInt8], fileName: String) throws(JSONParseError) -> [OCPIObjectReport] {
        do {
            return try validateDocument(bytes[...], fileName: fileName, lineOffset: 0)
        } catch let wholeError {
            guard Self.mayBeJSONLines(wholeError) else { throw wholeError }
            var reports: [OCPIObjectReport] = []
            var lineNumber = 0
            var start = bytes.startIndex
            while start < bytes.endIndex {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
                let line = bytes[start..<end]
                if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                    do {
                        reports += try validateDocument(line, fileName: fileName, lineOffset: lineNumber)
                    } catch {
                        // A single document with a syntax error reads best with the whole-file message.
                        throw lineNumber == 0 ? wholeError : error
                    }
                }
                lineNumber += 1
                start = end + 1
            }
            return reports
        }
    }

    /// Whether a failed whole-file parse may be JSON lines (a second value after the first, or a
    /// file too big for one document).
    static func mayBeJSONLines(_ error: JSONParseError) -> Bool {
        switch error.kind {
        case .trailingContent, .sizeLimitExceeded: true
        default: error.location.line > 1
        }
    }

    func validateDocument(
        _ bytes: ArraySlice<UInt8>,
        fileName: String,
        lineOffset: Int
    ) throws(JSONParseError) -> [OCPIObjectReport] {
        var parser = JSONParser(limits: limits, duplicateKeys: .keep, recordsLocations: false, fileName: fileName)
        parser.lineOffset = lineOffset
        let quick = try parser.parse(bytes)
        let reports = validator.reports(for: quick)
        guard reports.contains(where: { !$0.findings.isEmpty }) else {
            return reports.map { report in
                var located = report
                located.location = SourceLocation(file: fileName, line: lineOffset + 1, column: 1, offset: 0)
                return located
            }
        }
        parser.recordsLocations = true
        let located = try parser.parse(bytes)
        return validator.reports(for: located).map { report in
            var placed = report
            placed.location = located.location(of: report.path)
            return placed
        }
    }
}
