import CPebbleKernel
import Foundation

/// The running `pebble-box-init` of one box and the socket to it.
final class BoxInitProcess: @unchecked Sendable {
    /// The box's pid 1, as the host sees it.
    let initPid: pid_t
    let socket: Int32
    /// Guarantees this box lacks (rootless hosts, old kernels), in plain words.
    let degraded: [String]

    struct Options {
        var executable: String
        var uid: UInt32
        var gid: UInt32
        var rootMountPoint: String
        var boxKB: UInt64
        var tmpKB: UInt64
        var shmKB: UInt64
        var binds: [BindMount]
        var rootless: Bool
    }

    init(options o: Options, cgroup: (any BoxCgroup)?) throws {
        var pair: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &pair) == 0 else {
            throw SandboxError.system("socketpair", errno: errno)
        }
        var args = [o.executable, "--uid", String(o.uid), "--gid", String(o.gid), "--root", o.rootMountPoint,
                    "--box-kb", String(o.boxKB), "--tmp-kb", String(o.tmpKB), "--shm-kb", String(o.shmKB)]
        for bind in o.binds { args += ["--bind", bind.source + ":" + bind.destination] }
        if o.rootless { args.append("--rootless") }
        var sources: [Int32] = [pair[1]]
        var targets: [Int32] = [3]
        var opened: [Int32] = []
        defer { for fd in opened { close(fd) } }
        if let cgroup {
            for path in cgroup.procsPaths {
                let fd = open(path, O_WRONLY | O_CLOEXEC)
                guard fd >= 0 else { throw SandboxError.system("open \(path)", errno: errno) }
                opened.append(fd)
                sources.append(fd)
                targets.append(Int32(3 + sources.count - 1))
                args += ["--cgroup-fd", String(targets.last!)]
            }
            let counter = cgroup.cpuCounter
            let fd = open(counter.path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw SandboxError.system("open \(counter.path)", errno: errno) }
            opened.append(fd)
            sources.append(fd)
            targets.append(Int32(3 + sources.count - 1))
            args += ["--cpu-fd", String(targets.last!), "--cpu-scale", String(counter.nanosecondsPerUnit)]
            if let key = counter.key { args += ["--cpu-key", key] }
        }
        let pid = try withCStrings(args) { argv in
            try withCStrings([]) { envp in
                let pid = pb_spawn(o.executable, argv, envp, sources, targets, Int32(sources.count))
                if pid < 0 { throw SandboxError.system("spawn \(o.executable)", errno: -pid) }
                return pid
            }
        }
        close(pair[1])
        socket = pair[0]
        // The spawned process starts pid 1 and exits; pid 1 is then ours (we are a subreaper).
        defer { Self.reap(pid, within: 2_000) }
        var started: pid_t = 0
        do {
            let first = try Self.receive(socket)
            if first.type == PB_MSG_FAILED {
                throw SandboxError.boxSetup(step: first.string(PB_R_SETUP_STEP) ?? "?", errno: Int32(first.number(PB_R_SETUP_ERRNO)))
            }
            guard first.type == PB_MSG_PID else { throw SandboxError.protocolViolation("expected PID, got \(first.type)") }
            initPid = pid_t(first.number(PB_PID))
            started = initPid
            let ready = try Self.receive(socket)
            if ready.type == PB_MSG_FAILED {
                throw SandboxError.boxSetup(step: ready.string(PB_R_SETUP_STEP) ?? "?", errno: Int32(ready.number(PB_R_SETUP_ERRNO)))
            }
            guard ready.type == PB_MSG_READY else { throw SandboxError.protocolViolation("expected READY, got \(ready.type)") }
            degraded = (ready.string(PB_R_MESSAGE) ?? "").components(separatedBy: "; ").map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "; "))
            }.filter { !$0.isEmpty }
        } catch {
            close(socket)
            if started > 0 { Self.reap(started, within: 2_000, killAfter: 1_000) }
            throw error
        }
    }

    func send(_ type: Int, _ body: FrameWriter, fds: [Int32] = []) throws {
        let r = body.bytes.withUnsafeBufferPointer { b in
            pb_send(socket, UInt16(type), b.baseAddress, b.count, fds, Int32(fds.count))
        }
        if r < 0 { throw SandboxError.boxDied("send: \(String(cString: strerror(-r)))") }
    }

    func receive() throws -> Frame { try Self.receive(socket) }

    static func receive(_ socket: Int32) throws -> Frame {
        var type: UInt16 = 0
        var body: UnsafeMutablePointer<UInt8>?
        var length = 0
        var fds = [Int32](repeating: -1, count: Int(PB_MAX_FDS))
        var nfds: Int32 = 0
        let r = pb_recv(socket, &type, &body, &length, &fds, &nfds)
        for i in 0..<Int(nfds) { close(fds[i]) }
        if r < 0 { throw SandboxError.boxDied(r == -EPIPE ? "connection closed" : String(cString: strerror(-r))) }
        defer { free(body) }
        return try Frame(type: Int(type), body: Array(UnsafeBufferPointer(start: body, count: length)))
    }

    /// Closing the socket ends pid 1 and with it every process of the box's namespaces.
    func terminate() {
        close(socket)
        Self.reap(initPid, within: 2_000, killAfter: 1_000)
    }

    /// Waits for a child to end (and reaps it), killing it after `killAfter` ms.
    static func reap(_ pid: pid_t, within ms: Int, killAfter: Int? = nil) {
        var status: Int32 = 0
        let start = DispatchTime.now().uptimeNanoseconds
        var killed = false
        while true {
            let w = waitpid(pid, &status, WNOHANG)
            if w == pid { return }
            // Not our child (we are not its subreaper): wait for it to disappear instead.
            if w < 0 && errno == ECHILD && kill(pid, 0) != 0 { return }
            let elapsed = Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
            if let killAfter, elapsed >= killAfter, !killed { kill(pid, SIGKILL); killed = true }
            if elapsed >= ms { return }
            usleep(elapsed < 5 ? 100 : 2_000)
        }
    }
}

/// Runs `body` with a NULL-terminated C array of the strings (argv/envp for posix_spawn and friends).
public func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) throws -> R) rethrows -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return try body(pointers)
}
