#!/usr/bin/env python3
"""Derive seccomp-gvisor.json from seccomp.json: `make-gvisor-profile.py
[SRC [DST]]` (defaults beside this script); `--check` exits 1 when the
committed DST differs from what SRC gives.

gVisor's runsc (with --oci-seccomp) applies the profile inside its own
kernel but ignores errnoRet: every errno rule answers EPERM. A rule whose
errno matters must be decided here, one by one; any other is refused.

- clone3 -> allowed: under runc it answers ENOSYS so that glibc (2.34 and
  later, for pthread_create too) falls back to clone, whose flags the filter
  reads. With EPERM instead, no thread can start. Under gVisor the call
  reaches gVisor's kernel, not the host's, and that kernel answers ENOSYS
  itself (tests/e2e/hostile/syscalls_namespaces.py checks that it still
  does, so that a gVisor that implements clone3 is noticed).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DECIDED = {("clone3",): {"names": ["clone3"], "action": "SCMP_ACT_ALLOW",
                         "comment": "gVisor ignores errnoRet; its own kernel answers ENOSYS "
                                    "(make-gvisor-profile.py)"}}


def derive(profile):
    out = dict(profile)
    out["syscalls"] = []
    for rule in profile["syscalls"]:
        if "errnoRet" not in rule:
            out["syscalls"].append(rule)
            continue
        key = tuple(rule["names"])
        if key not in DECIDED:
            raise SystemExit("make-gvisor-profile: rule %s has errnoRet %s, which gVisor would "
                             "answer with EPERM: decide it in DECIDED" % (key, rule["errnoRet"]))
        out["syscalls"].append(DECIDED[key])
    return out


def main(argv):
    check = "--check" in argv
    argv = [a for a in argv if a != "--check"]
    src = argv[0] if argv else os.path.join(HERE, "seccomp.json")
    dst = argv[1] if len(argv) > 1 else os.path.join(HERE, "seccomp-gvisor.json")
    with open(src) as f:
        text = json.dumps(derive(json.load(f)), indent=1) + "\n"
    if check:
        with open(dst) as f:
            if f.read() != text:
                print("%s is not derived from %s: run %s" % (dst, src, sys.argv[0]),
                      file=sys.stderr)
                return 1
        return 0
    with open(dst, "w") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
