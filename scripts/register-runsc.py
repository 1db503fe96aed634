#!/usr/bin/env python3
"""Register gVisor's runsc with a Docker engine the way sandexec's gVisor
tier needs it: `register-runsc.py [DAEMON_JSON [RUNSC [PLATFORM]]]`
(defaults /etc/docker/daemon.json, runsc from PATH, ptrace).

Merges a "runtimes" entry into DAEMON_JSON: everything else in the file
is kept, and so are the runsc entry's other arguments. Prints "changed"
when it rewrote the file; then reload the daemon with SIGHUP
(`kill -HUP $(cat /var/run/docker.pid)`), which leaves running containers
alone. scripts/setup.sh runs it.

- --oci-seccomp: without it runsc ignores the container's seccomp profile
  (sandexec refuses such a runtime).
- --network=none: runsc refuses to set up its network stack in the host's
  network namespace on some hosts; sandexec runs with --network none anyway.
- --platform: ptrace works wherever runsc does; kvm needs /dev/kvm (and
  hangs on some hosts).
"""
import json
import os
import shutil
import sys


def merge(conf, runsc, platform):
    entry = conf.setdefault("runtimes", {}).get("runsc", {})
    want = {"platform": "--platform=" + platform, "network": "--network=none",
            "oci-seccomp": "--oci-seccomp"}
    keep = [a for a in entry.get("runtimeArgs", [])
            if a.lstrip("-").split("=")[0] not in want]
    new = dict(entry, path=runsc, runtimeArgs=list(want.values()) + keep)
    changed = new != entry
    conf["runtimes"]["runsc"] = new
    return changed


def main(argv):
    path = argv[0] if argv else "/etc/docker/daemon.json"
    runsc = argv[1] if len(argv) > 1 else shutil.which("runsc")
    platform = argv[2] if len(argv) > 2 else "ptrace"
    if not runsc:
        print("register-runsc: runsc not found (apt-get install runsc)", file=sys.stderr)
        return 1
    try:
        with open(path) as f:
            conf = json.load(f)
    except FileNotFoundError:
        conf = {}
    except ValueError as e:
        print("register-runsc: %s: not JSON (%s); not touched" % (path, e), file=sys.stderr)
        return 1
    if not isinstance(conf, dict):
        print("register-runsc: %s: not a JSON object; not touched" % path, file=sys.stderr)
        return 1
    if not merge(conf, runsc, platform):
        return 0
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    tmp = path + ".sandexec-new"
    with open(tmp, "w") as f:
        json.dump(conf, f, indent=2)
        f.write("\n")
    if os.path.exists(path):
        shutil.copymode(path, tmp)
    os.rename(tmp, path)
    print("changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
