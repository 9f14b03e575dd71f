"""Plant links that would mislead a careless host-side copy-out."""
import os
os.symlink("/etc/shadow", "/box/shadow")
os.symlink("/proc/1/root", "/box/rootlink")
os.mkdir("/box/d")
os.symlink("/etc", "/box/d/etc")
print("planted")
