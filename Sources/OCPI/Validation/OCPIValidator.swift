public import JSON

/// Checks OCPI 2.2.1 JSON against the rules in `OCPIRules.all`.
///
/// The validator walks a `JSONValue`, not a decoded model, so it can report what the model cannot
/// hold (wrong types, unknown members, values outside an enumeration). A value may be one object,
/// an array of objects, or a response envelope (the envelope is checked, then each object in `data`).
/// The object type comes from its shape (`detect`), within `module` when one is given.
public struct OCPIValidator: Sendable {
    /// Forces the module (`--module`); nil detects it from each object's shape.
    public var module: OCPIModule?
    /// Checks from outside the OCPI module (e.g. TariffLint), run on every recognised object with
    /// its schema name, path and value; their findings are located like the validator's own.
    public var extraChecks: (@Sendable (String, JSONPath, JSONValue) -> [OCPIFinding])?

    public init(
        module: OCPIModule? = nil,
        extraChecks: (@Sendable (String, JSONPath, JSONValue) -> [OCPIFinding])? = nil
    ) {
        self.module = module
        self.extraChecks = extraChecks
    }

    /// All findings for `value`, each with its location when `locate` knows it.
    public func validate(
        _ value: JSONValue,
        locate: (JSONPath) -> SourceLocation? = { _ in nil }
    ) -> [OCPIFinding] {
        reports(for: value, locate: locate).flatMap(\.findings)
    }

    /// All findings for a parsed document: locations from the document, plus repeated keys
    /// (parse with `duplicateKeys: .keep` to have them reported rather than rejected).
    public func validate(_ document: JSONDocument) -> [OCPIFinding] {
        reports(for: document).flatMap(\.findings)
    }

    /// Findings grouped per validated object, for a parsed document.
    public func reports(for document: JSONDocument) -> [OCPIObjectReport] {
        var reports = reports(for: document.value, locate: document.location(of:))
        for duplicate in document.duplicateKeys {
            let finding = OCPIFinding(
                ruleID: OCPIRules.duplicateMember.id,
                severity: OCPIRules.duplicateMember.severity,
                path: duplicate.path,
                location: duplicate.location,
                message:
                    "member \"\(duplicate.path.lastKey ?? "")\" occurs more than once; readers disagree on which wins"
            )
            if let index = reports.lastIndex(where: { duplicate.path.hasPrefix($0.path) }) {
                reports[index].findings.append(finding)
            } else {
                reports.append(OCPIObjectReport(path: .root, objectName: nil, module: .general, findings: [finding]))
            }
        }
        return reports
    }

    /// Findings grouped per validated object: the envelope, then each object of `data`; or each
    /// element of a top-level array; or the one object.
    public func reports(
        for value: JSONValue,
        locate: (JSONPath) -> SourceLocation? = { _ in nil }
    ) -> [OCPIObjectReport] {
        if Self.isEnvelope(value) {
            var reports = [check(value, path: .root, as: "ResponseEnvelope", module: .envelope, locate: locate)]
            switch value["data"] {
            case .array(let elements)?:
                let sibling = Self.listType(elements, module: module)
                for (index, element) in elements.enumerated() {
                    let path = JSONPath([.key("data"), .index(index)])
                    reports.append(checkObject(element, path: path, sibling: sibling, locate: locate))
                }
            case .object?:
                reports.append(checkObject(value["data"] ?? .null, path: JSONPath([.key("data")]), locate: locate))
            default:
                break
            }
            return reports
        }
        if case .array(let elements) = value {
            return elements.enumerated().map {
                checkObject($0.element, path: JSONPath([.index($0.offset)]), locate: locate)
            }
        }
        return [checkObject(value, path: .root, locate: locate)]
    }

    /// The object type of a list, from its first element whose shape tells (lists hold one type).
    static func listType(_ elements: [JSONValue], module: OCPIModule?) -> String? {
        guard module == nil else { return nil }
        return elements.lazy.compactMap { detect($0) }.first
    }

    func checkObject(
        _ value: JSONValue,
        path: JSONPath,
        sibling: String? = nil,
        locate: (JSONPath) -> SourceLocation?
    ) -> OCPIObjectReport {
        guard value.objectValue != nil else {
            let finding = OCPIFinding(
                ruleID: OCPIRules.notAnObject.id,
                severity: OCPIRules.notAnObject.severity,
                path: path,
                location: locate(path),
                message: "expected an OCPI object, found \(value.typeName)"
            )
            return OCPIObjectReport(path: path, objectName: nil, module: .general, findings: [finding])
        }
        guard let name = Self.detect(value, module: module) ?? sibling else {
            let expected = module.map { " of module \($0.rawValue) (\($0.rootObjects.joined(separator: ", ")))" } ?? ""
            let finding = OCPIFinding(
                ruleID: OCPIRules.unrecognisedObject.id,
                severity: OCPIRules.unrecognisedObject.severity,
                path: path,
                location: locate(path),
                message: "cannot tell which OCPI object this is\(expected); use --module"
            )
            return OCPIObjectReport(path: path, objectName: nil, module: module ?? .general, findings: [finding])
        }
        return check(value, path: path, as: name, module: module ?? OCPIModule.owning(name) ?? .general, locate: locate)
    }

    /// Checks `value` as the object `name`, reporting with the rule ids of `module`. With
    /// `partial` it is a PATCH body: its own required members may be absent (they keep their
    /// stored value), everything present must still be valid.
    public func check(
        _ value: JSONValue,
        path: JSONPath = .root,
        as name: String,
        module: OCPIModule,
        partial: Bool = false,
        locate: (JSONPath) -> SourceLocation? = { _ in nil }
    ) -> OCPIObjectReport {
        var walker = SchemaWalker(module: module, base: path.components)
        if let schema = OCPISchema.objects[name] { walker.walk(value, schema: schema, partial: partial) }
        if let extraChecks { walker.findings += extraChecks(name, path, value) }
        let findings = walker.findings.map { finding in
            var located = finding
            located.location = locate(finding.path)
            return located
        }
        var report = OCPIObjectReport(path: path, objectName: name, module: module, findings: findings)
        report.objectID = value["id"]?.stringValue ?? value["uid"]?.stringValue
        return report
    }

    static func isEnvelope(_ value: JSONValue) -> Bool {
        guard let object = value.objectValue else { return false }
        return object["status_code"] != nil && (object["timestamp"] != nil || object["data"] != nil)
    }
}

/// The findings for one object of a validated value.
public struct OCPIObjectReport: Sendable {
    /// Where the object is in the value (`$`, `$[3]`, `$.data[0]`).
    public var path: JSONPath
    /// The schema name it was checked as; nil when it could not be recognised.
    public var objectName: String?
    public var module: OCPIModule?
    public var findings: [OCPIFinding]
    /// Where the object starts, when it came from a file.
    public var location: SourceLocation?
    /// The object's `id` (or `uid`), for messages.
    public var objectID: String?

    public init(
        path: JSONPath,
        objectName: String?,
        module: OCPIModule?,
        findings: [OCPIFinding],
        location: SourceLocation? = nil
    ) {
        self.path = path
        self.objectName = objectName
        self.module = module
        self.findings = findings
        self.location = location
    }
}

extension JSONPath {
    /// The last component when it is a key.
    public var lastKey: String? {
        if case .key(let key)? = components.last { return key }
        return nil
    }

    /// True when `prefix` is this path or one of its ancestors.
    public func hasPrefix(_ prefix: JSONPath) -> Bool {
        components.starts(with: prefix.components)
    }
}
