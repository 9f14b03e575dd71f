#!/usr/bin/env python3
"""CLIENTS concurrent clients submit JOBS jobs in all (runs and judgings, several languages) to
pebble-judged; every job must get exactly one result. Reports the daemon's open fds and memory
before and after.

    load.py SOCKET JOBS CLIENTS [DAEMON_PID]
Exit 0 when every job got exactly one result; the last line is a JSON summary.
"""
import collections
import json
import os
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "clients", "python"))
from pebble_client import PebbleClient  # noqa: E402

SOCKET, JOBS, CLIENTS = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
PID = sys.argv[4] if len(sys.argv) > 4 else None
C = '#include <stdio.h>\nint main(void){long long a,b;scanf("%lld %lld",&a,&b);printf("%lld\\n",a+b);return 0;}\n'
KINDS = [
    ("run", {"type": "run", "language": "python3", "source": "print(input())", "stdin": "ping\n"}, "ping\n"),
    ("run", {"type": "run", "language": "c", "source": C, "stdin": "2 3\n"}, "5\n"),
    ("judge", {"type": "judge", "problem": "aplusb", "language": "python3", "source": "print(sum(map(int, input().split())))", "tests": "sample"}, "AC"),
    ("judge", {"type": "judge", "problem": "aplusb", "language": "c", "source": C, "tests": "sample"}, "AC"),
]
problems = []
terminal = collections.Counter()
lock = threading.Lock()


def fds():
    return len(os.listdir(f"/proc/{PID}/fd")) if PID else 0


def rss():
    if not PID:
        return 0
    return next(int(l.split()[1]) for l in open(f"/proc/{PID}/status") if l.startswith("VmRSS:"))


def client(index, n):
    with PebbleClient(SOCKET, timeout=600) as c:
        pending = []
        for k in range(n):
            kind, request, want = KINDS[(index + k) % len(KINDS)]
            pending.append((c.send(request), kind, want))
            # Keep a handful in flight per client.
            if len(pending) >= 4:
                check(c, *pending.pop(0))
        for p in pending:
            check(c, *p)


def check(c, request_id, kind, want):
    ends = 0
    last = None
    for f in c.frames(request_id, until={"result", "error"}):
        if f["type"] in ("result", "error"):
            ends += 1
            last = f
    with lock:
        terminal[ends] += 1
        if last is None or last["type"] != "result":
            if last is not None and last.get("code") == "overloaded":
                terminal["overloaded"] += 1
            else:
                problems.append(f"{request_id}: {last}")
        elif (kind == "run" and last.get("stdout") != want) or (kind == "judge" and last.get("verdict") != want):
            problems.append(f"{request_id}: got {str(last)[:200]}")


def main():
    fd0, rss0 = fds(), rss()
    per = JOBS // CLIENTS
    threads = [threading.Thread(target=client, args=(i, per)) for i in range(CLIENTS)]
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.time() - started
    time.sleep(1)
    summary = {"jobs": per * CLIENTS, "clients": CLIENTS, "seconds": round(took, 1), "jobsPerSec": round(per * CLIENTS / took, 1),
               "exactlyOneResult": terminal[1], "problems": len(problems), "overloaded": terminal["overloaded"],
               "fdsBefore": fd0, "fdsAfter": fds(), "rssBeforeKB": rss0, "rssAfterKB": rss()}
    for p in problems[:10]:
        print("FAIL", p)
    print(json.dumps(summary))
    sys.exit(0 if not problems and terminal[1] == per * CLIENTS else 1)


main()
