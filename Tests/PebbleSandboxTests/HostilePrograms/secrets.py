"""Try to read what a box must never see; print each success. Exit 0 when all were refused."""
import os, sys
leaks = []
for path in ["/etc/shadow", "/root", "/proc/1/environ", "/proc/1/root/etc/hostname", "/proc/1/cmdline",
             "/sys/kernel", "/home", "/run/pebble", "/run/pebble-tests", "/proc/kcore", "/dev/mem", "/dev/sda", "/dev/vda"]:
    try:
        if os.path.isdir(path):
            os.listdir(path)
        else:
            with open(path, "rb") as f:
                f.read(16)
        leaks.append(path)
    except OSError:
        pass
pids = [p for p in os.listdir("/proc") if p.isdigit()]
others = [p for p in pids if int(p) not in (os.getpid(),) and os.path.exists(f"/proc/{p}/status")
          and open(f"/proc/{p}/status").read().find(f"Uid:\t{os.getuid()}") < 0]
if others:
    leaks.append("processes of other users visible: " + ",".join(others))
print("\n".join(leaks) or "nothing leaked")
sys.exit(1 if leaks else 0)
