#!/usr/bin/env python3
"""Sends random and mutated frames to pebble-judged over many connections, while a well-behaved
client keeps working; checks every bad frame is answered with the right error (or its
connection closed), and reports the daemon's memory.

    fuzz.py SOCKET FRAMES [CONNECTIONS] [DAEMON_PID]
Exit 0 when every check held; the last line is a JSON summary.
"""
import json
import os
import random
import socket
import struct
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "clients", "python"))
from pebble_client import PebbleClient, read_frame  # noqa: E402

SOCKET = sys.argv[1]
FRAMES = int(sys.argv[2])
CONNECTIONS = int(sys.argv[3]) if len(sys.argv) > 3 else 20
PID = sys.argv[4] if len(sys.argv) > 4 else None
rng = random.Random(20261201)
failures = []
counts = {"frames": 0, "answered": 0, "closed": 0, "reconnects": 0}
lock = threading.Lock()

VALID = [
    {"type": "status"}, {"type": "languages"}, {"type": "problems"},
    {"type": "run", "language": "python3", "source": "print(1)"},
    {"type": "result", "job": "j-x"}, {"type": "cancel", "job": "j-x"},
    {"type": "judge", "problem": "aplusb", "language": "python3", "source": "print(1)", "tests": "sample"},
]


def rss_kb():
    if not PID:
        return 0
    for line in open(f"/proc/{PID}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def mutate(obj):
    o = dict(obj)
    choice = rng.randrange(9)
    if choice == 0:
        o["type"] = rng.choice(["", "runn", 7, None, ["run"], "hello2"])
    elif choice == 1:
        o[rng.choice(["language", "source", "stdin", "limits", "tests", "job", "problem"])] = rng.choice([7, -1, None, [], {}, True, 1.5, "x" * 3])
    elif choice == 2:
        o["unknown_" + str(rng.randrange(100))] = {"nested": [1, {"a": None}]}
    elif choice == 3:
        o.pop("type", None)
    elif choice == 4:
        o["id"] = rng.choice([5, None, "", "x" * 300])
    elif choice == 5:
        o["limits"] = {"cpuMs": rng.choice([-5, "a", 1e30, None])}
    return o


def bad_body():
    kind = rng.randrange(7)
    if kind == 0:
        return b""  # zero length
    if kind == 1:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))  # random bytes
    if kind == 2:
        return b"\xff\xfe" + b"{}"  # invalid UTF-8
    if kind == 3:
        return b"[" * rng.randrange(65, 5000)  # too deep
    if kind == 4:
        return json.dumps(rng.choice([1, "s", [1, 2], None])).encode()  # not an object
    if kind == 5:
        b = json.dumps(mutate(rng.choice(VALID)) | {"id": "m"}).encode()
        return b[: rng.randrange(1, len(b))]  # cut JSON
    return json.dumps(mutate(rng.choice(VALID))).encode()


def frame(body):
    return struct.pack(">I", len(body)) + body


def connect():
    s = socket.socket(socket.AF_UNIX)
    s.settimeout(60)
    s.connect(SOCKET)
    s.sendall(frame(json.dumps({"type": "hello", "id": "h", "protocol": 1}).encode()))
    assert read_frame(s)["type"] == "hello"
    return s


def worker(n):
    s = connect()
    sent = 0
    while sent < n:
        roll = rng.random()
        try:
            if roll < 0.01:
                # An oversize length: the daemon must refuse and close.
                s.sendall(struct.pack(">I", 0x7FFFFFFF))
                r = read_frame(s)
                if r is None or r.get("code") != "too_large":
                    failures.append(f"oversize frame answered {r}")
                if read_frame(s) is not None:
                    failures.append("the connection stayed open after an oversize frame")
                with lock:
                    counts["closed"] += 1
                    counts["reconnects"] += 1
                s.close()
                s = connect()
            elif roll < 0.02:
                # A truncated frame, then end of input: bad_frame, then closed.
                s.sendall(struct.pack(">I", 100) + b'{"type":')
                s.shutdown(socket.SHUT_WR)
                r = read_frame(s)
                while r is not None and r.get("code") != "bad_frame":
                    r = read_frame(s)  # answers to earlier frames may still come first
                if r is None:
                    failures.append("a truncated frame got no bad_frame")
                with lock:
                    counts["closed"] += 1
                    counts["reconnects"] += 1
                s.close()
                s = connect()
            else:
                body = bad_body()
                s.sendall(frame(body))
                r = read_frame(s)
                if r is None:
                    failures.append(f"connection closed after a well-framed frame: {body[:80]!r}")
                    s = connect()
                elif r.get("type") != "error" and r.get("type") not in ("status", "languages", "problems", "accepted", "cancel", "pending"):
                    failures.append(f"unexpected answer {str(r)[:120]} to {body[:80]!r}")
                else:
                    # Drain what a valid job streams after `accepted` (run/judge).
                    if r.get("type") == "accepted":
                        while r is not None and r.get("type") not in ("result", "error"):
                            r = read_frame(s)
                    with lock:
                        counts["answered"] += 1
            sent += 1
            with lock:
                counts["frames"] += 1
        except (OSError, socket.timeout) as e:
            failures.append(f"socket error: {e}")
            s = connect()
            sent += 1
    s.close()


def good_client(stop, seen):
    with PebbleClient(SOCKET, timeout=120) as c:
        while not stop.is_set():
            r = c.run("python3", "print(6 * 7)")
            if r.get("stdout") != "42\n":
                failures.append(f"the good client got {r}")
            seen.append(1)
            time.sleep(0.05)


def main():
    start_rss = rss_kb()
    stop, seen = threading.Event(), []
    good = threading.Thread(target=good_client, args=(stop, seen))
    good.start()
    per = max(1, FRAMES // CONNECTIONS)
    threads = [threading.Thread(target=worker, args=(per,)) for _ in range(CONNECTIONS)]
    started = time.time()
    for t in threads:
        t.start()
    peak = start_rss
    while any(t.is_alive() for t in threads):
        peak = max(peak, rss_kb())
        time.sleep(0.2)
    stop.set()
    good.join()
    end_rss = rss_kb()
    summary = dict(counts, seconds=round(time.time() - started, 1), goodClientRuns=len(seen), failures=len(failures),
                   rssStartKB=start_rss, rssPeakKB=peak, rssEndKB=end_rss)
    for f in failures[:10]:
        print("FAIL", f)
    print(json.dumps(summary))
    sys.exit(0 if not failures and len(seen) > 0 else 1)


main()
