"""A client for pebble-judged (docs/protocol.md), standard library only.

    from pebble_client import PebbleClient
    with PebbleClient("/run/pebble/judge.sock") as c:
        print(c.run("python3", "print(6 * 7)")["stdout"])
        for frame in c.stream_judge("aplusb", "c", source, tests="sample"):
            print(frame["type"], frame.get("verdict"))

One connection carries many requests at once: a reader thread hands each frame to the request
whose id it carries.
"""
import itertools
import json
import queue
import socket
import struct
import threading

PROTOCOL = 1
DEFAULT_SOCKET = "/run/pebble/judge.sock"
TERMINAL = {"result", "error", "done", "hello", "status", "languages", "problems", "problem", "cancel", "pending", "subscribed"}


class PebbleError(Exception):
    """An `error` frame: `code` is the protocol's stable code."""

    def __init__(self, frame):
        super().__init__(f"{frame.get('code')}: {frame.get('message')}")
        self.code = frame.get("code")
        self.message = frame.get("message")
        self.frame = frame


class ConnectionClosed(Exception):
    pass


def encode_frame(obj):
    body = json.dumps(obj, separators=(",", ":")).encode("utf-8")
    return struct.pack(">I", len(body)) + body


def read_frame(sock):
    """Reads one frame from a raw socket: the decoded object, or None when the peer closed."""
    def exact(n):
        data = b""
        while len(data) < n:
            chunk = sock.recv(n - len(data))
            if not chunk:
                return None
            data += chunk
        return data
    head = exact(4)
    if head is None:
        return None
    body = exact(struct.unpack(">I", head)[0])
    return None if body is None else json.loads(body.decode("utf-8"))


class PebbleClient:
    def __init__(self, path=DEFAULT_SOCKET, timeout=None, client="pebble-client-python/1"):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.timeout = timeout
        self._ids = itertools.count(1)
        self._queues = {}
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._closed = None
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        self.server = self.request({"type": "hello", "protocol": PROTOCOL, "client": client})

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        try:
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()

    # -- plumbing --------------------------------------------------------------------------

    def _recv_exact(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                raise ConnectionClosed("the daemon closed the connection")
            data += chunk
        return data

    def _read_loop(self):
        try:
            while True:
                (length,) = struct.unpack(">I", self._recv_exact(4))
                frame = json.loads(self._recv_exact(length).decode("utf-8"))
                with self._lock:
                    q = self._queues.get(frame.get("id", ""))
                if q is not None:
                    q.put(frame)
                elif frame.get("type") == "error":
                    # An error about no request of ours (a framing error): every waiter hears it.
                    with self._lock:
                        for q in self._queues.values():
                            q.put(frame)
        except (ConnectionClosed, OSError, ValueError) as e:
            self._closed = e
        finally:
            with self._lock:
                for q in self._queues.values():
                    q.put(None)

    def send(self, obj):
        """Sends a request (an `id` is added if missing) and returns its id."""
        obj = dict(obj)
        obj.setdefault("id", f"py-{next(self._ids)}")
        with self._lock:
            self._queues[obj["id"]] = queue.Queue()
        with self._write_lock:
            self.sock.sendall(encode_frame(obj))
        return obj["id"]

    def frames(self, request_id, until=TERMINAL):
        """Yields the frames answering `request_id` up to and including the last one (`until`: a
        set of frame types, or a function of the frame)."""
        q = self._queues[request_id]
        try:
            while True:
                frame = q.get(timeout=self.timeout)
                if frame is None:
                    raise ConnectionClosed(str(self._closed or "the connection closed"))
                yield frame
                if until(frame) if callable(until) else frame.get("type") in until:
                    return
        finally:
            with self._lock:
                self._queues.pop(request_id, None)

    def stream(self, obj, until=TERMINAL):
        return self.frames(self.send(obj), until)

    def request(self, obj):
        """Sends a request and returns its final frame; an `error` frame raises PebbleError."""
        last = None
        for last in self.stream(obj):
            pass
        if last is not None and last.get("type") == "error":
            raise PebbleError(last)
        return last

    # -- requests --------------------------------------------------------------------------

    @staticmethod
    def _program(fields, source, files):
        if files is not None:
            fields["files"] = [{"name": n, "content": c, "encoding": "utf8"} if isinstance(c, str)
                               else {"name": n, "content": __import__("base64").b64encode(c).decode(), "encoding": "base64"}
                               for n, c in files.items()]
        else:
            fields["source"] = source
        return fields

    def run(self, language, source=None, stdin="", limits=None, files=None, meta=None):
        return self.request(self.run_request(language, source, stdin, limits, files, meta))

    def run_request(self, language, source=None, stdin="", limits=None, files=None, meta=None):
        r = self._program({"type": "run", "language": language, "stdin": stdin}, source, files)
        if limits:
            r["limits"] = limits
        if meta:
            r["meta"] = meta
        return r

    def stream_judge(self, problem, language, source=None, tests="all", stop_on_first_failure=True, files=None, meta=None):
        """Yields accepted, compiled, one test per case, then result (or error)."""
        r = self._program({"type": "judge", "problem": problem, "language": language, "tests": tests,
                           "stopOnFirstFailure": stop_on_first_failure}, source, files)
        if meta:
            r["meta"] = meta
        return self.stream(r)

    def judge(self, problem, language, source=None, on_test=None, **kw):
        last = None
        for last in self.stream_judge(problem, language, source, **kw):
            if last["type"] == "test" and on_test:
                on_test(last)
        if last["type"] == "error":
            raise PebbleError(last)
        return last

    def stream_batch(self, key, submissions, tests="all", stop_on_first_failure=True):
        """Yields accepted, one result per submission, then done."""
        return self.stream({"type": "batch", "key": key, "submissions": submissions, "tests": tests,
                            "stopOnFirstFailure": stop_on_first_failure}, until=self.batch_ended)

    @staticmethod
    def batch_ended(frame):
        """`done`, or an error of the batch's own (a submission's error names it and is its outcome)."""
        return frame.get("type") == "done" or (frame.get("type") == "error" and "submission" not in frame)

    def cancel(self, job):
        return self.request({"type": "cancel", "job": job})

    def result(self, job):
        return self.request({"type": "result", "job": job})

    def status(self):
        return self.request({"type": "status"})

    def languages(self):
        return self.request({"type": "languages"})["languages"]

    def problems(self, problem=None, language=None):
        r = {"type": "problems"}
        if problem:
            r["problem"] = problem
        if language:
            r["language"] = language
        reply = self.request(r)
        return reply.get("problems") if problem is None else reply["problem"]

    def subscribe(self, kinds=None):
        r = {"type": "subscribe"}
        if kinds:
            r["kinds"] = kinds
        return self.stream(r, until=set())
