import Foundation
import JSON

/// Reads the OCPI objects of a file: one object, a JSON array, an OCPI response envelope
/// (`data` holds them) or JSON lines. Every value keeps its file locations for messages.
enum ObjectFile {
    /// Why a file could not be read; the message starts with `file:line:column`.
    struct InputError: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ path: String) throws(InputError) -> [JSONCursor] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(description: "\(path): cannot read")
        }
        let bytes = [UInt8](data)
        let whole: JSONDocument
        do {
            whole = try JSONParser(recordsLocations: true, fileName: path).parse(bytes)
        } catch let wholeError {
            // Not one document: try JSON lines, each line a document.
            var cursors: [JSONCursor] = []
            var lineNumber = 0
            for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                defer { lineNumber += 1 }
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                do {
                    var parser = JSONParser(recordsLocations: true, fileName: path)
                    parser.lineOffset = lineNumber
                    cursors.append(JSONCursor(try parser.parse(line), fileName: path))
                } catch {
                    // A single document with a syntax error reads best with the whole-file message.
                    throw InputError(description: lineNumber == 0 ? wholeError.description : error.description)
                }
            }
            if cursors.isEmpty { throw InputError(description: "\(path):1:1: the file holds no JSON value") }
            return cursors
        }
        let root = JSONCursor(whole, fileName: path)
        if let data = try? root.member("data"), root.value["status_code"] != nil {
            return (try? data.elements()) ?? [data]
        }
        if let elements = try? root.elements() { return elements }
        return [root]
    }
}
