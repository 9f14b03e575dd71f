import Foundation
import Yams

enum YAMLConfigDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try YAMLDecoder().decode(type, from: text.isEmpty ? "{}" : text)
    }
}
