import Foundation
import PebbleJSON
import Testing

/// The byte-level JSON parser and writer that function mode and the protocol use.
@Suite struct JSONValueTests {
    @Test func valuesKeepTheirKinds() throws {
        let v = try JSONValue.parse(Data(#"{"a": [1, -2, 3.5, 1e3, true, false, null, "x"], "big": 9007199254740993}"#.utf8))
        #expect(v["a"] == .array([.int(1), .int(-2), .double(3.5), .double(1000), .bool(true), .bool(false), .null, .string("x")]))
        #expect(v["big"] == .int(9_007_199_254_740_993), "64-bit integers stay exact")
    }

    @Test func stringsUnescapeAndRoundTrip() throws {
        let text = #"["tab\t", "quote\"", "slash\/", "\u00e9", "\ud83d\ude00", "line\nbreak"]"#
        let v = try JSONValue.parse(Data(text.utf8))
        #expect(v == .array([.string("tab\t"), .string("quote\""), .string("slash/"), .string("é"), .string("😀"), .string("line\nbreak")]))
        #expect(try JSONValue.parse(Data(v.compactJSON.utf8)) == v)
        let o = JSONValue.object(["b": .int(1), "a": .array([])])
        #expect(o.compactJSON == #"{"a":[],"b":1}"#, "keys sorted: equal values, equal text")
    }

    @Test func invalidTextIsRefused() {
        for bad in ["", "[1,]", "{\"a\" 1}", "[1 2]", "tru", "\"open", "[1] x", "01x", "-", "\"\u{01}\""] {
            #expect(throws: (any Error).self, "\(bad)") { try JSONValue.parse(Data(bad.utf8)) }
        }
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        #expect(throws: (any Error).self) { try JSONValue.parse(Data(deep.utf8)) }
    }
}
