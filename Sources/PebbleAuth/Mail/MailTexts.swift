import Foundation

/// The short texts of pebble-auth's mails, per language. A locale is picked from a request's
/// `locale` field or `Accept-Language` header (`MailTexts.locale(requested:acceptLanguage:)`);
/// unknown languages get English. Add a language by adding one `Texts` value.
public enum MailTexts {
    public enum Kind: Sendable, Equatable {
        case confirmCode(String)
        case resetCode(String)
        /// Someone signed up with an address that already has an account.
        case alreadyRegistered
        case passwordChanged
    }

    struct Texts: Sendable {
        var confirmSubject: String
        var confirmBody: @Sendable (String, Int) -> String
        var resetSubject: String
        var resetBody: @Sendable (String, Int) -> String
        var existsSubject: String
        var existsBody: String
        var changedSubject: String
        var changedBody: String
    }

    public static let supported = ["en", "es", "hi"]

    static let texts: [String: Texts] = [
        "en": Texts(
            confirmSubject: "Your PebbleCode code",
            confirmBody: { code, minutes in
                "Your PebbleCode verification code is \(code).\n\nIt works once, for \(minutes) minutes. If you did not sign up, ignore this mail."
            },
            resetSubject: "Reset your PebbleCode password",
            resetBody: { code, minutes in
                "Your PebbleCode password reset code is \(code).\n\nIt works once, for \(minutes) minutes. If you did not ask for it, ignore this mail: your password is unchanged."
            },
            existsSubject: "You already have a PebbleCode account",
            existsBody: "Someone tried to sign up for PebbleCode with this address, which already has an account.\n\nIf it was you, log in, or reset your password if you forgot it. If not, ignore this mail.",
            changedSubject: "Your PebbleCode password was changed",
            changedBody: "The password of your PebbleCode account was just changed and every session was logged out.\n\nIf it was not you, reset your password now."),
        "es": Texts(
            confirmSubject: "Tu código de PebbleCode",
            confirmBody: { code, minutes in
                "Tu código de verificación de PebbleCode es \(code).\n\nSirve una sola vez, durante \(minutes) minutos. Si no te registraste, ignora este correo."
            },
            resetSubject: "Restablece tu contraseña de PebbleCode",
            resetBody: { code, minutes in
                "Tu código para restablecer la contraseña de PebbleCode es \(code).\n\nSirve una sola vez, durante \(minutes) minutos. Si no lo pediste, ignora este correo: tu contraseña no ha cambiado."
            },
            existsSubject: "Ya tienes una cuenta de PebbleCode",
            existsBody: "Alguien intentó registrarse en PebbleCode con esta dirección, que ya tiene una cuenta.\n\nSi fuiste tú, inicia sesión o restablece tu contraseña si la olvidaste. Si no, ignora este correo.",
            changedSubject: "Tu contraseña de PebbleCode ha cambiado",
            changedBody: "La contraseña de tu cuenta de PebbleCode acaba de cambiar y se cerraron todas las sesiones.\n\nSi no fuiste tú, restablece tu contraseña ahora."),
        "hi": Texts(
            confirmSubject: "आपका PebbleCode कोड",
            confirmBody: { code, minutes in
                "आपका PebbleCode सत्यापन कोड \(code) है।\n\nयह केवल एक बार, \(minutes) मिनट तक काम करेगा। अगर आपने साइन अप नहीं किया, तो इस मेल को अनदेखा करें।"
            },
            resetSubject: "अपना PebbleCode पासवर्ड रीसेट करें",
            resetBody: { code, minutes in
                "आपका PebbleCode पासवर्ड रीसेट कोड \(code) है।\n\nयह केवल एक बार, \(minutes) मिनट तक काम करेगा। अगर आपने यह नहीं माँगा, तो इस मेल को अनदेखा करें: आपका पासवर्ड नहीं बदला है।"
            },
            existsSubject: "आपका PebbleCode खाता पहले से है",
            existsBody: "किसी ने इस पते से PebbleCode पर साइन अप करने की कोशिश की, जिसका खाता पहले से है।\n\nअगर यह आप थे, तो लॉग इन करें, या पासवर्ड भूल गए हों तो उसे रीसेट करें। अगर नहीं, तो इस मेल को अनदेखा करें।",
            changedSubject: "आपका PebbleCode पासवर्ड बदल दिया गया",
            changedBody: "आपके PebbleCode खाते का पासवर्ड अभी बदला गया और सभी सत्र लॉग आउट कर दिए गए।\n\nअगर यह आप नहीं थे, तो अभी अपना पासवर्ड रीसेट करें।"),
    ]

    /// Subject and body of `kind` in `locale` (a supported language code).
    public static func render(_ kind: Kind, locale: String, codeMinutes: Int) -> (subject: String, body: String) {
        let t = texts[locale] ?? texts["en"]!
        switch kind {
        case .confirmCode(let code): return (t.confirmSubject, t.confirmBody(code, codeMinutes))
        case .resetCode(let code): return (t.resetSubject, t.resetBody(code, codeMinutes))
        case .alreadyRegistered: return (t.existsSubject, t.existsBody)
        case .passwordChanged: return (t.changedSubject, t.changedBody)
        }
    }

    /// The supported language for a request: its `locale` field ("es", "es-MX", "hi_IN") if
    /// supported, else the best of `Accept-Language` (q-values honoured), else nil.
    public static func locale(requested: String?, acceptLanguage: String?) -> String? {
        if let requested, let lang = primary(requested), supported.contains(lang) { return lang }
        guard let header = acceptLanguage, header.utf8.count <= 1024 else { return nil }
        var best: (lang: String, q: Double)?
        for part in header.split(separator: ",").prefix(32) {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, let lang = primary(tag), supported.contains(lang) else { continue }
            var q = 1.0
            for p in pieces.dropFirst() where p.hasPrefix("q=") { q = Double(p.dropFirst(2)) ?? 0 }
            if q > 0, q > (best?.q ?? 0) { best = (lang, q) }
        }
        return best?.lang
    }

    static func primary(_ tag: String) -> String? {
        let lang = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        guard (2...3).contains(lang.count), lang.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        return lang
    }
}
