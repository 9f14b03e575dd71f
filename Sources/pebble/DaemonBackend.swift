import ArgumentParser
import Foundation
import PebbleClient
import PebbleJSON
import PebbleWire

/// Where `pebble run` and `pebble judge --problem` go: through pebble-judged when `--socket` is
/// given or the default socket answers; the in-process engine otherwise (or with `--local`).
struct BackendOptions: ParsableArguments {
    @Option(name: .customLong("socket"), help: "Use the daemon at this socket (default: /run/pebble/judge.sock, or $PEBBLE_SOCKET, if it answers).")
    var socket: String?
    @Flag(name: .customLong("local"), help: "Use the in-process engine even when a daemon answers.") var local = false
    @Flag(name: .customLong("verbose"), help: "Say whether the daemon or the in-process engine did the work.") var verbose = false

    func say(_ text: String) {
        if verbose { FileHandle.standardError.write(Data(("pebble: " + text + "\n").utf8)) }
    }

    /// A connected client, or nil for the in-process engine. An explicit `--socket` that does not
    /// answer is an error; the default one falls back.
    func client() throws -> PebbleClient? {
        if local {
            say("in-process engine (--local)")
            return nil
        }
        let path = socket ?? ProcessInfo.processInfo.environment["PEBBLE_SOCKET"] ?? PebbleClient.defaultSocket
        let explicit = socket != nil || ProcessInfo.processInfo.environment["PEBBLE_SOCKET"] != nil
        guard explicit || FileManager.default.fileExists(atPath: path) else {
            say("in-process engine (no daemon at \(path))")
            return nil
        }
        do {
            let c = try PebbleClient(socket: path)
            say("through pebble-judged at \(path)")
            return c
        } catch {
            if explicit { throw ValidationError("\(error)") }
            say("in-process engine (the daemon at \(path) does not answer: \(error))")
            return nil
        }
    }
}

/// The daemon's answers printed as the in-process commands print theirs.
enum DaemonText {
    static func language(_ given: String?, file: String, client: PebbleClient) throws -> String {
        if let given { return given }
        let ext = (file as NSString).pathExtension
        let languages = try client.request(["type": .string("languages")]).last?["languages"]?.array ?? []
        guard let id = languages.first(where: { ($0["extensions"]?.array ?? []).contains(.string(ext)) })?["id"]?.string else {
            throw ValidationError("no language for '.\(ext)' files: give --language (see `pebble languages`)")
        }
        return id
    }

    static func program(_ data: Data, into fields: inout [String: JSONValue]) {
        if let text = String(validating: data, as: UTF8.self) {
            fields["source"] = .string(text)
        } else {
            fields["files"] = .array([.object(["name": .string("main"), "content": .string(data.base64EncodedString()), "encoding": .string("base64")])])
        }
    }

    static func diagnostics(_ r: Response) -> [String] {
        (r["diagnostics"]?.array ?? []).map { d in
            [d["file"]?.string, d["line"]?.int.map(String.init), d["column"]?.int.map(String.init)].compactMap { $0 }.joined(separator: ":")
                + ": \(d["severity"]?.string ?? "error"): \(d["message"]?.string ?? "")"
        }
    }

    static func human(run r: Response, language: String) -> String {
        var lines = ["status: \(r["status"]?.string ?? "?") (\(language), through pebble-judged)"]
        if let code = r["exitCode"]?.int { lines.append("exit code \(code)") }
        if let ms = r["timeMs"]?.number { lines.append(String(format: "cpu %.1f ms, wall %.1f ms, memory %lld KiB", ms, r["wallMs"]?.number ?? 0, r["memoryKB"]?.int ?? 0)) }
        if let m = r["message"]?.string { lines.append(m) }
        lines += diagnostics(r)
        if let out = r["stdout"]?.string, !out.isEmpty { lines += ["--- stdout ---", out.hasSuffix("\n") ? String(out.dropLast()) : out] }
        if let err = r["stderr"]?.string, !err.isEmpty { lines += ["--- stderr ---", err.hasSuffix("\n") ? String(err.dropLast()) : err] }
        return lines.joined(separator: "\n")
    }

    static func testLine(_ t: Response) -> String {
        String(format: "%3lld  ", t["index"]?.int ?? 0) + (t["name"]?.string ?? "").padding(toLength: 24, withPad: " ", startingAt: 0) + " "
            + (t["verdict"]?.string ?? "").padding(toLength: 4, withPad: " ", startingAt: 0)
            + String(format: " %8.1f ms %8lld KiB", t["timeMs"]?.number ?? 0, t["memoryKB"]?.int ?? 0)
    }

    static func exitStatus(_ s: String) -> Int32 { s == "OK" || s == "AC" ? 0 : (s == "IE" || s == "JE" ? 3 : 1) }
}
