/// The bundled list of common passwords (CommonPasswords+List.swift, made by
/// Tests/PebbleAuthTests/Tools/make-common-passwords.py), looked up case-insensitively.
public enum CommonPasswords {
    /// Lower-cased entries.
    public static let set: Set<String> = Set(list.split(separator: "\n").map(String.init))

    public static func contains(_ password: String) -> Bool {
        set.contains(password.lowercased())
    }
}
