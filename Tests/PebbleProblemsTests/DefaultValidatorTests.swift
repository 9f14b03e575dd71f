import Foundation
@testable import PebbleProblems
import Testing

/// The Kattis default validator's behaviour, case by case as the package format specifies it.
@Suite struct DefaultValidatorTests {
    func check(_ output: String, _ answer: String, _ flags: String = "") throws -> DefaultValidator.Outcome {
        try DefaultValidator(flags: DefaultValidator.flags(flags)).check(output: Data(output.utf8), answer: Data(answer.utf8))
    }

    @Test func tokensIgnoreWhitespaceAndCaseByDefault() throws {
        #expect(try check("Hello   World\n", "hello world").accepted)
        #expect(try check("  hello\n\n\tworld  ", "hello world\n").accepted)
        #expect(try check("HELLO WORLD", "hello world").accepted)
        #expect(try check("1 2\r\n3\n", "1\n2 3").accepted)
        #expect(try check("hello\u{0B}world\u{0C}", "hello world").accepted, "vertical tab and form feed are whitespace")
        #expect(try !check("helloworld", "hello world").accepted)
        #expect(try !check("hello wrld", "hello world").accepted)
    }

    @Test func caseSensitive() throws {
        #expect(try !check("Hello", "hello", "case_sensitive").accepted)
        #expect(try check("hello  ", "hello", "case_sensitive").accepted)
        // Only ASCII letters fold without the flag.
        #expect(try !check("É", "é").accepted)
    }

    @Test func spaceChangeSensitive() throws {
        #expect(try check("1 2\n", "1 2\n", "space_change_sensitive").accepted)
        #expect(try !check("1  2\n", "1 2\n", "space_change_sensitive").accepted)
        #expect(try !check("1 2", "1 2\n", "space_change_sensitive").accepted, "a missing final newline is a space change")
        #expect(try !check("1 2\n\n", "1 2\n", "space_change_sensitive").accepted)
        #expect(try !check("1\t2\n", "1 2\n", "space_change_sensitive").accepted)
        #expect(try check("A b\n", "a B\n", "space_change_sensitive").accepted, "still case-insensitive")
    }

    @Test func tokenCountsMustMatch() throws {
        let trailing = try check("1 2 3", "1 2")
        #expect(!trailing.accepted)
        #expect(trailing.message?.hasPrefix("Trailing output") == true)
        let short = try check("1", "1 2")
        #expect(!short.accepted)
        #expect(short.message?.hasPrefix("User EOF while judge had more output") == true)
    }

    @Test func emptyOutput() throws {
        let empty = try check("", "42\n")
        #expect(!empty.accepted)
        #expect(empty.message?.contains("user output was empty") == true)
        #expect(try !check("\n  \n", "42").accepted)
        #expect(try check("", "").accepted, "empty answer, empty output")
        #expect(try check("\n", "").accepted)
        #expect(try !check("x", "").accepted)
    }

    @Test func absoluteAndRelativeToleranceAcceptWithinEitherBound() throws {
        #expect(try check("1.0000005", "1", "float_absolute_tolerance 1e-6").accepted)
        #expect(try !check("1.000002", "1", "float_absolute_tolerance 1e-6").accepted)
        #expect(try check("1000000.5", "1000000", "float_relative_tolerance 1e-6").accepted)
        #expect(try !check("1000002", "1000000", "float_relative_tolerance 1e-6").accepted)
        // float_tolerance sets both: accepted within either.
        #expect(try check("1000000.5", "1000000", "float_tolerance 1e-6").accepted, "relative bound")
        #expect(try check("0.0000005", "0", "float_tolerance 1e-6").accepted, "absolute bound where relative is zero")
        #expect(try !check("0.00001", "0", "float_relative_tolerance 1e-6").accepted, "relative to zero accepts only zero")
        // Both given separately: either suffices.
        #expect(try check("100.5", "100", "float_absolute_tolerance 1 float_relative_tolerance 1e-9").accepted)
        #expect(try check("100.5", "100", "float_absolute_tolerance 1e-9 float_relative_tolerance 0.01").accepted)
        #expect(try !check("100.5", "100", "float_absolute_tolerance 1e-9 float_relative_tolerance 1e-9").accepted)
    }

    @Test func anyNumberFormattingIsAcceptedWithATolerance() throws {
        #expect(try check("3.14000000e-2", "0.0314", "float_tolerance 1e-9").accepted)
        #expect(try check("2", "2.0", "float_tolerance 1e-9").accepted, "integers compare as floats")
        #expect(try check("+5", "5", "float_tolerance 1e-9").accepted)
        #expect(try !check("abc", "1.5", "float_tolerance 1e-6").accepted)
        #expect(try check("ABC", "abc 1", "float_tolerance 1e-6") == DefaultValidator.Outcome(accepted: false, message: "User EOF while judge had more output (next judge token: \"1\")", outputLine: 1, answerLine: 1))
        // Without a tolerance numbers are strings.
        #expect(try !check("2.0", "2").accepted)
        // Answer tokens that are not finite numbers compare as strings, even with a tolerance.
        #expect(try check("inf", "inf", "float_tolerance 1e-6").accepted)
        #expect(try check("NaN", "nan", "float_tolerance 1e-6").accepted)
        #expect(try !check("1e999", "inf", "float_tolerance 1e-6").accepted)
        #expect(try check("yes 1.0", "YES 1.0000001", "float_tolerance 1e-6").accepted)
    }

    @Test func badFlagsAreReported() {
        #expect(throws: DefaultValidator.FlagError.unknown("ignore_case")) { try DefaultValidator(flags: ["ignore_case"]) }
        #expect(throws: DefaultValidator.FlagError.missingValue("float_tolerance")) { try DefaultValidator(flags: ["float_tolerance"]) }
        #expect(throws: DefaultValidator.FlagError.badValue("float_tolerance", "x")) { try DefaultValidator(flags: ["float_tolerance", "x"]) }
        #expect(throws: DefaultValidator.FlagError.repeated("case_sensitive")) { try DefaultValidator(flags: ["case_sensitive", "case_sensitive"]) }
    }

    @Test func aWrongAnswerSaysWhereInBothFiles() throws {
        let o = try check("1\n2\n3\n", "1\n2\n4\n")
        #expect(!o.accepted)
        #expect(o.outputLine == 3 && o.answerLine == 3)
        #expect(o.message?.contains("\"4\"") == true)
    }

    @Test func unorderedLinesAndTokens() throws {
        let v = DefaultValidator()
        func lines(_ o: String, _ a: String, _ f: DefaultValidator = DefaultValidator()) -> Bool {
            f.checkUnordered(output: Data(o.utf8), answer: Data(a.utf8), byLine: true).accepted
        }
        #expect(lines("3 4\n1 2\n", "1 2\n3 4\n"))
        #expect(!lines("4 3\n1 2\n", "1 2\n3 4\n"), "tokens keep their order inside a line")
        #expect(!lines("1 2\n", "1 2\n3 4\n"))
        #expect(lines("\n1 2\n\n3 4", "3 4\n1 2\n"), "blank lines do not count")
        #expect(lines("A\nb\n", "B\na\n"), "case-insensitive by default")
        #expect(!v.checkUnordered(output: Data("1 1 2".utf8), answer: Data("1 2 2".utf8), byLine: false).accepted, "a multiset, not a set")
        #expect(v.checkUnordered(output: Data("2 1\n1".utf8), answer: Data("1 1 2".utf8), byLine: false).accepted)
        let floats = try DefaultValidator(flags: ["float_tolerance", "1e-6"])
        #expect(lines("2.0000001\n1\n", "1.0\n2\n", floats))
    }
}
