#!/usr/bin/env python3
"""The systemd side of the HTTP services, where PID 1 is not systemd:
  notify    READY=1 once listening and STOPPING=1 on SIGTERM, read from a test NOTIFY_SOCKET;
  verify    systemd-analyze verify over the unit installed into a staging root with the binary;
  security  systemd-analyze security --offline: the unit's exposure must stay "OK" (≤ 2.0).

    service_units.py BIN_DIR UNITS_DIR STATE_DIR SERVICE...
Exit 0 when all held for every service; the last line is a JSON summary.
"""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys

BIN, UNITS, STATE = sys.argv[1], sys.argv[2], sys.argv[3]
SERVICES = sys.argv[4:]
os.makedirs(STATE, exist_ok=True)


def notify(name):
    path = os.path.join(STATE, f"{name}.notify")
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(path)
    listener.settimeout(60)
    state = os.path.join(STATE, f"{name}-state")
    env = dict(os.environ, NOTIFY_SOCKET=path)
    p = subprocess.Popen([os.path.join(BIN, name), "serve", "--port", "0", "--state-dir", state],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen = []
    try:
        while not any("READY=1" in m for m in seen):
            seen.append(listener.recv(4096).decode())
        p.send_signal(signal.SIGTERM)
        while not any("STOPPING=1" in m for m in seen):
            seen.append(listener.recv(4096).decode())
        code = p.wait(timeout=60)
    finally:
        if p.poll() is None:
            p.kill()
        listener.close()
    return {"ready": any("READY=1" in m for m in seen), "stopping": any("STOPPING=1" in m for m in seen), "exit": code}


def verify(name):
    root = os.path.join(STATE, f"{name}-root")
    for sub in ("usr/bin", "etc/systemd/system"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    shutil.copy(os.path.join(BIN, name), os.path.join(root, "usr/bin", name))
    shutil.copytree("/usr/lib/systemd", os.path.join(root, "usr/lib/systemd"), dirs_exist_ok=True, symlinks=True)
    unit = f"{name}.service"
    shutil.copy(os.path.join(UNITS, unit), os.path.join(root, "etc/systemd/system", unit))
    r = subprocess.run(["systemd-analyze", "verify", f"--root={root}", f"/etc/systemd/system/{unit}"], capture_output=True, text=True)
    return {"exit": r.returncode, "messages": (r.stdout + r.stderr).strip()}


def security(name):
    r = subprocess.run(["systemd-analyze", "security", "--offline=yes", os.path.join(UNITS, f"{name}.service")],
                       capture_output=True, text=True)
    m = re.search(r"Overall exposure level for \S+: ([0-9.]+) (\w+)", r.stdout)
    return {"exposure": float(m.group(1)) if m else None, "rating": m.group(2) if m else None}


results = {}
ok = True
for name in SERVICES:
    r = {"notify": notify(name), "verify": verify(name), "security": security(name)}
    r["ok"] = (r["notify"]["ready"] and r["notify"]["stopping"] and r["notify"]["exit"] == 0
               and r["verify"]["exit"] == 0 and r["verify"]["messages"] == ""
               and r["security"]["exposure"] is not None and r["security"]["exposure"] <= 2.0)
    ok = ok and r["ok"]
    results[name] = r
results["ok"] = ok
print(json.dumps(results))
sys.exit(0 if ok else 1)
