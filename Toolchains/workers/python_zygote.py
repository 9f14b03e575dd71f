# The per-box zygote for Python (CPython or PyPy) (docs/languages.md, "Zygotes").
# Started once in a box: it imports what jobs need, then forks one fresh process per job, which
# runs the learner's file exactly as `python3 main.py` would (python_worker.run_file). It never
# runs learner code itself. It forks twice, so the job's process is reparented to the box's
# pid 1, which supervises it like any run; the job's CPU time starts at zero.
#
# It speaks the box's private frame protocol on fd 3 (Sources/CPebbleKernel/include/
# pebble_box_protocol.h): u32 body length, u16 type, then fields (u16 tag, u32 length, value),
# integers u64, all in host order; descriptors ride on a frame's first byte.
import ctypes
import os
import resource
import signal
import socket
import struct
import sys

import python_worker  # noqa: E402  (next to this file: sys.path[0])

# Message types and field tags, as in pebble_box_protocol.h.
ZY_READY, ZY_FORK, ZY_FORKED = 30, 31, 32
ARG, ENV, CWD, CPU_MS, FSIZE, NOFILE, STACK, AS, NPROC = 1, 2, 3, 10, 13, 14, 15, 16, 21
PID = 100
HEAD = struct.Struct("=IH")
FIELD = struct.Struct("=HI")
U64 = struct.Struct("=Q")
CHILD_ERROR = struct.Struct("=40si")  # struct child_error in box_init.h
PR_SET_DUMPABLE = 4

libc = ctypes.CDLL(None, use_errno=True)
control = socket.socket(fileno=3)

# What the interpreter set at start-up, restored in each job: SIGINT raises KeyboardInterrupt,
# SIGPIPE and SIGXFSZ are ignored, the rest are the defaults. The zygote ignores all of them but
# SIGCHLD (ignoring it would reap its children before it could wait for them).
SIGNALS = [s for s in signal.valid_signals() if s not in (signal.SIGKILL, signal.SIGSTOP, signal.SIGCHLD)]
STARTUP_HANDLERS = {}
for number in SIGNALS:
    try:
        STARTUP_HANDLERS[number] = signal.getsignal(number)
    except (OSError, ValueError):
        pass


def receive():
    """One frame: (type, [(tag, bytes)], fds); None when pid 1 has gone."""
    fds = []
    head = b""
    while len(head) < HEAD.size:
        data, ancillary, _, _ = control.recvmsg(HEAD.size - len(head), socket.CMSG_SPACE(16 * 4))
        if not data:
            return None
        head += data
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds += list(struct.unpack("=%di" % (len(payload) // 4), payload[: len(payload) // 4 * 4]))
    length, kind = HEAD.unpack(head)
    body = b""
    while len(body) < length:
        chunk = control.recv(length - len(body))
        if not chunk:
            return None
        body += chunk
    fields, offset = [], 0
    while offset + FIELD.size <= length:
        tag, size = FIELD.unpack_from(body, offset)
        offset += FIELD.size
        fields.append((tag, body[offset : offset + size]))
        offset += size
    return kind, fields, fds


def send(kind, fields=()):
    body = b"".join(FIELD.pack(tag, len(value)) + value for tag, value in fields)
    control.sendall(HEAD.pack(len(body), kind) + body)


def spawn(fields, fds):
    """Forks the job's process (twice, so it becomes pid 1's child); returns its pid or -errno."""
    if len(fds) != 4:
        return -22
    read_end, write_end = os.pipe()
    try:
        middle = os.fork()
    except OSError as error:
        os.close(read_end), os.close(write_end)
        return -(error.errno or 11)
    if middle == 0:
        os.close(read_end)
        try:
            job = os.fork()
        except OSError as error:
            job = -(error.errno or 11)
        if job == 0:
            os.close(write_end)
            # The job's end (SystemExit included) unwinds to the top, as `python3 main.py`'s would.
            become_job(fields, fds)
        try:
            os.write(write_end, struct.pack("=q", job))
        finally:
            os._exit(0)
    os.close(write_end)
    answer = b""
    while len(answer) < 8:
        chunk = os.read(read_end, 8 - len(answer))
        if not chunk:
            break
        answer += chunk
    os.close(read_end)
    os.waitpid(middle, 0)  # once it is reaped, its child is pid 1's
    return struct.unpack("=q", answer)[0] if len(answer) == 8 else -5


def become_job(fields, fds):
    """In the job's process: its descriptors, limits and environment, then the learner's file."""
    status, stdin, stdout, stderr = fds
    step = "move fds"
    try:
        args, env, cwd, limits = [], {}, "/box", {}
        for tag, value in fields:
            if tag == ARG:
                args.append(value.decode())
            elif tag == ENV:
                name, _, text = value.decode().partition("=")
                env[name] = text
            elif tag == CWD:
                cwd = value.decode()
            elif len(value) == 8:
                limits[tag] = U64.unpack(value)[0]
        control.close()
        for target, fd in ((0, stdin), (1, stdout), (2, stderr)):
            os.dup2(fd, target)
        status = os.dup(status) if status < 3 else status
        os.closerange(3, status)
        os.closerange(status + 1, max(status + 1, os.sysconf("SC_OPEN_MAX")))
        os.setsid()
        step = "signals"
        for number, handler in STARTUP_HANDLERS.items():
            try:
                signal.signal(number, handler if handler is not None else signal.SIG_DFL)
            except (OSError, ValueError, TypeError):
                pass
        step = "rlimits"
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        for tag, which in ((NOFILE, resource.RLIMIT_NOFILE), (STACK, resource.RLIMIT_STACK),
                           (FSIZE, resource.RLIMIT_FSIZE), (AS, resource.RLIMIT_AS), (NPROC, resource.RLIMIT_NPROC)):
            if tag in limits:
                resource.setrlimit(which, (limits[tag], limits[tag]))
        if CPU_MS in limits:
            # A backstop only, as for every run: pid 1 polls the cgroup's counter.
            soft = limits[CPU_MS] // 1000 + 2
            resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 1))
        step = "dumpable"
        if libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")
        step = "oom score"
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("0")
        step = "chdir"
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        fresh_stdio()
    except OSError as error:
        message = CHILD_ERROR.pack(step.encode()[:39], error.errno or 5)
        os.write(status, message)
        os._exit(127)
    os.close(status)  # end of file: pid 1 reports the job started
    sys.orig_argv = args
    python_worker.run_file(args[1:])


def fresh_stdio():
    """Standard streams made as the interpreter makes them at start-up, on the job's descriptors."""

    def stream(fd, mode, old, name, line_buffering=False):
        s = open(fd, mode, encoding=old.encoding, errors=old.errors, newline="\n", closefd=False)
        s.buffer.raw.name = name
        if line_buffering and not s.line_buffering:
            s.reconfigure(line_buffering=True)
        return s

    sys.stdin = sys.__stdin__ = stream(0, "r", sys.__stdin__, "<stdin>")
    sys.stdout = sys.__stdout__ = stream(1, "w", sys.__stdout__, "<stdout>")
    sys.stderr = sys.__stderr__ = stream(2, "w", sys.__stderr__, "<stderr>", line_buffering=True)


def main():
    # No run may read or write this process's memory through /proc (a run shares its uid).
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        sys.exit("pebble zygote: prctl(PR_SET_DUMPABLE) failed")
    for number in SIGNALS:
        try:
            signal.signal(number, signal.SIG_IGN)
        except (OSError, ValueError):
            pass
    os.chdir("/")
    send(ZY_READY)
    while True:
        frame = receive()
        if frame is None:
            os._exit(0)
        kind, fields, fds = frame
        pid = spawn(fields, fds) if kind == ZY_FORK else -22
        for fd in fds:
            os.close(fd)
        send(ZY_FORKED, [(PID, struct.pack("=q", pid))])


main()
