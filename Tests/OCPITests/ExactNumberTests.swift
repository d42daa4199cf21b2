import Foundation
import JSON
import Testing

@testable import OCPI

@Suite struct ExactNumberTests {
    func exact(_ text: String) throws -> ExactNumber { try #require(ExactNumber(JSONNumber(text: text))) }

    @Test func readsAndWritesPlainDecimalsExactly() throws {
        #expect(try exact("41.120").description == "41.12")
        #expect(try exact("-0.5").description == "-0.5")
        #expect(try exact("120").description == "120")
        #expect(try exact("0.000000001").description == "0.000000001")
    }

    @Test func sumsWithoutRounding() throws {
        let sum = try exact("0.1") + exact("0.2")
        #expect(sum == (try exact("0.3")))
        #expect(try exact("1.973") * 3_600_000 == ExactNumber(7_102_800))
    }

    @Test func fallsBackToDecimalBeyondNineDecimalsOrEighteenDigits() throws {
        let fine = try exact("0.1234567891")
        #expect(fine.decimal == Decimal(string: "0.1234567891"))
        #expect(fine > (try exact("0.123456789")))
        let big = try exact("12345678901234567890")
        #expect(big + 1 == (try exact("12345678901234567891")))
        #expect(try exact("1e3") == ExactNumber(1000))
    }

    @Test func comparesAcrossRepresentations() throws {
        #expect(try exact("2.0") == exact("2"))
        #expect(try exact("-3").magnitude == exact("3"))
        #expect(try exact("0.1234567891") < exact("1"))
    }
}
