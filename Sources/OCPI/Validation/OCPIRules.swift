/// Every validation rule, as data: structural rules derived from the schema per module, the
/// cross-field rules of each module, and the document-level rules. `Rules.md` is generated from it.
public enum OCPIRules {
    /// RFC 8259 §4: names within an object SHOULD be unique; OCPI peers disagree on which copy wins.
    public static let duplicateMember = OCPIRule(
        module: .general,
        number: 2,
        severity: .error,
        section: "RFC 8259 §4",
        summary: "An object names each member once."
    )
    public static let unrecognisedObject = OCPIRule(
        module: .general,
        number: 1,
        severity: .error,
        section: "§8–§13 object tables",
        summary: "The object is one OCPI 2.2.1 defines (told from its members, or forced with --module)."
    )
    public static let notAnObject = OCPIRule(
        module: .general,
        number: 3,
        severity: .error,
        section: "§4.1.6",
        summary: "Each validated item (file, array element, envelope data element) is a JSON object."
    )

    /// The cross-field rules of every module.
    public static let crossField: [CrossFieldRule] =
        locations + sessions + cdrs + tariffs + tokens + credentials + versions + commands + envelope

    /// The structural rules that can fire in each module (only checks some object of the module can fail).
    public static let structural: [OCPIRule] = OCPIModule.allCases.flatMap { module in
        let schemas = OCPISchema.reachable(from: module.rootObjects)
        return StructuralCheck.allCases.filter { check in schemas.contains { check.applies(to: $0) } }
            .map { $0.rule(in: module) }
    }

    /// Every rule, sorted by id.
    public static let all: [OCPIRule] =
        (structural + crossField.map(\.rule) + [duplicateMember, unrecognisedObject, notAnObject]).sorted()

    /// The rule with `id`.
    public static func rule(_ id: String) -> OCPIRule? {
        all.first { $0.id == id }
    }

    static let crossFieldIndex: [OCPIModule: [String: [CrossFieldRule]]] = Dictionary(
        grouping: crossField,
        by: \.rule.module
    ).mapValues { Dictionary(grouping: $0, by: \.object) }

    /// The Markdown table of `Rules.md`.
    public static var markdown: String {
        var text = "# OCPI 2.2.1 validation rules\n\n"
        text += "Generated from `OCPIRules.all` (Sources/OCPI/Validation); do not edit by hand.\n"
        text += "`roamgate validate` exits 1 when a finding of severity `error` is present "
        text += "(and on warnings with `--strict`).\n\n"
        text += "| Rule | Severity | Section | What must hold |\n|---|---|---|---|\n"
        for rule in all {
            text += "| \(rule.id) | \(rule.severity.rawValue) | \(rule.section) | \(rule.summary) |\n"
        }
        text += "\n\(all.count) rules.\n"
        return text
    }
}
