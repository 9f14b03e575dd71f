#!/usr/bin/env python3
"""What can be tested of the systemd integration where PID 1 is not systemd:
  notify    readiness, watchdog and stopping messages, read from a test NOTIFY_SOCKET;
  activate  socket activation through systemd-socket-activate (the socket is systemd's);
  verify    systemd-analyze verify over the units installed into a staging root with the binary.

    systemd_check.py DAEMON_BINARY STATE_DIR UNITS_DIR
Exit 0 when all three held; the last line is a JSON summary.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "..", "clients", "python"))
from pebble_client import PebbleClient  # noqa: E402

BINARY, STATE, UNITS = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(STATE, exist_ok=True)
results = {}


def notify():
    path = os.path.join(STATE, "notify.sock")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(path)
    listener.settimeout(60)
    sock = os.path.join(STATE, "n.sock")
    env = dict(os.environ, NOTIFY_SOCKET=path, WATCHDOG_USEC="400000")
    d = subprocess.Popen([BINARY, "--socket", sock, "--state-dir", os.path.join(STATE, "n-state"), "--workers", "0"],
                         env=env, stderr=subprocess.DEVNULL)
    seen = []
    try:
        while not (any("READY=1" in m for m in seen) and sum("WATCHDOG=1" in m for m in seen) >= 2):
            seen.append(listener.recv(4096).decode())
        d.send_signal(signal.SIGTERM)
        while not any("STOPPING=1" in m for m in seen):
            seen.append(listener.recv(4096).decode())
        code = d.wait(timeout=60)
    finally:
        if d.poll() is None:
            d.kill()
        listener.close()
    return {"ready": any("READY=1" in m for m in seen), "watchdogs": sum("WATCHDOG=1" in m for m in seen),
            "stopping": any("STOPPING=1" in m for m in seen), "exit": code}


def activate():
    sock = os.path.join(STATE, "a.sock")
    d = subprocess.Popen(["systemd-socket-activate", "-l", sock, BINARY, "--socket", os.path.join(STATE, "unused.sock"),
                          "--state-dir", os.path.join(STATE, "a-state"), "--workers", "0"],
                         stderr=open(os.path.join(STATE, "a.log"), "w"))
    try:
        deadline = time.time() + 30
        while not os.path.exists(sock) and time.time() < deadline:
            time.sleep(0.05)
        with PebbleClient(sock, timeout=60) as c:
            out = c.run("python3", "print('activated')")["stdout"]
        log = open(os.path.join(STATE, "a.log")).read()
    finally:
        d.send_signal(signal.SIGTERM)
        d.wait(timeout=60)
    return {"answered": out == "activated\n", "usedPassedSocket": "systemd passed" in log,
            "boundItsOwn": os.path.exists(os.path.join(STATE, "unused.sock"))}


def verify():
    root = os.path.join(STATE, "root")
    for sub in ("usr/bin", "etc/systemd/system", "usr/lib/sysusers.d", "usr/lib/tmpfiles.d", "bin"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    shutil.copy(BINARY, os.path.join(root, "usr/bin/pebble-judged"))
    shutil.copy("/bin/kill", os.path.join(root, "bin/kill"))
    shutil.copytree("/usr/lib/systemd", os.path.join(root, "usr/lib/systemd"), dirs_exist_ok=True, symlinks=True)
    for name in ("pebble-judged.service", "pebble-judged.socket"):
        shutil.copy(os.path.join(UNITS, name), os.path.join(root, "etc/systemd/system", name))
    r = subprocess.run(["systemd-analyze", "verify", f"--root={root}", "/etc/systemd/system/pebble-judged.service",
                        "/etc/systemd/system/pebble-judged.socket"], capture_output=True, text=True)
    return {"exit": r.returncode, "messages": (r.stdout + r.stderr).strip()}


results["notify"] = notify()
results["activate"] = activate()
results["verify"] = verify()
ok = (results["notify"]["ready"] and results["notify"]["watchdogs"] >= 2 and results["notify"]["stopping"] and results["notify"]["exit"] == 0
      and results["activate"]["answered"] and results["activate"]["usedPassedSocket"] and not results["activate"]["boundItsOwn"]
      and results["verify"]["exit"] == 0 and results["verify"]["messages"] == "")
results["ok"] = ok
print(json.dumps(results))
sys.exit(0 if ok else 1)
