#!/usr/bin/env python3
"""kill -9 during a batch, restart: the batch finishes with every submission graded exactly once.

    crash.py DAEMON_BINARY STATE_DIR SUBMISSIONS
Starts pebble-judged, sends a batch, kills the daemon (SIGKILL, by pid) once a third of the
results are in, starts it again on the same state, re-sends the batch with the same key, and
checks: every result seen before the crash is replayed (not graded again), the rest are graded
once each, and the new daemon graded exactly the submissions that had not finished.
Exit 0 when all of that held; the last line is a JSON summary.
"""
import json
import os
import signal
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "clients", "python"))
from pebble_client import ConnectionClosed, PebbleClient  # noqa: E402

BINARY, STATE, N = sys.argv[1], sys.argv[2], int(sys.argv[3])
SOCKET = os.path.join(STATE, "judge.sock")
GOOD = "print(sum(map(int, input().split())))"
SLOW = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.05: pass\n" + GOOD


def start():
    if os.path.exists(SOCKET):
        os.unlink(SOCKET)
    p = subprocess.Popen([BINARY, "--socket", SOCKET, "--state-dir", os.path.join(STATE, "state"), "--workers", "1"],
                         stderr=open(os.path.join(STATE, "daemon.log"), "a"))
    deadline = time.time() + 60
    while not os.path.exists(SOCKET):
        if p.poll() is not None or time.time() > deadline:
            raise SystemExit("the daemon did not start")
        time.sleep(0.05)
    return p


def main():
    os.makedirs(STATE, exist_ok=True)
    subs = [{"id": f"student-{i:04d}", "problem": "aplusb", "language": "python3", "source": SLOW if i % 3 else "print(0)"}
            for i in range(N)]
    key = f"crash-{time.time()}"
    daemon = start()
    before = {}
    c = PebbleClient(SOCKET, timeout=300)
    try:
        for f in c.stream_batch(key, subs, tests="sample"):
            if f["type"] == "result":
                before[f["submission"]] = f["verdict"]
                if len(before) >= N // 3:
                    os.kill(daemon.pid, signal.SIGKILL)
                    daemon.wait()
                    break
    except ConnectionClosed:
        pass
    c.close()
    killed_after = len(before)
    daemon = start()
    replayed, graded, done = {}, {}, None
    with PebbleClient(SOCKET, timeout=600) as c:
        for f in c.stream_batch(key, subs, tests="sample"):
            if f["type"] == "result":
                target = replayed if f.get("replayed") else graded
                if f["submission"] in replayed or f["submission"] in graded:
                    print("FAIL twice:", f["submission"])
                    target["__twice__"] = True
                target[f["submission"]] = f["verdict"]
            elif f["type"] == "done":
                done = f
        counters = c.status()["counters"]
    daemon.send_signal(signal.SIGTERM)
    daemon.wait(timeout=120)
    regraded_by_new = sum(v for k, v in counters.items() if k.startswith("batch."))
    ids = {s["id"] for s in subs}
    checks = {
        "every submission has one result": set(replayed) | set(graded) == ids and not (set(replayed) & set(graded)),
        "results seen before the crash are replayed": set(before) <= set(replayed)
                                                      and all(replayed[k] == v for k, v in before.items()),
        "the new daemon graded only the unfinished": regraded_by_new == N - len(replayed),
        "done counts every submission": done is not None and done["graded"] == N,
        "verdicts are right": all(v == ("WA" if int(k.split("-")[1]) % 3 == 0 else "AC") for k, v in {**replayed, **graded}.items()),
    }
    for name, ok in checks.items():
        if not ok:
            print("FAIL", name)
    print(json.dumps({"submissions": N, "resultsBeforeKill": killed_after, "replayed": len(replayed), "gradedAfterRestart": len(graded),
                      "gradedByNewDaemon": regraded_by_new, "ok": all(checks.values())}))
    sys.exit(0 if all(checks.values()) else 1)


main()
