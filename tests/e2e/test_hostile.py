#!/usr/bin/env python3
"""The hostile battery: every script in hostile/ runs in the container (and,
where its header says so, in direct mode) and must end with the outcome its
header names, leaving no container behind.

Header lines at the top of a script:
  # expect: STATUS CODE        outcome and exit code in the container
  # args: ...                  extra sandexec arguments
  # assert: EXPR               a Python expression over the report r
  # direct: STATUS CODE        also run with --direct, expecting this
  # direct-args: ...           arguments for the direct run instead of args
  # assert-runsc: EXPR         instead of assert in the runsc-hostile-* runs,
                               where gVisor's own kernel answers differently
  # expect-runsc: STATUS CODE  instead of expect in the runsc-hostile-* runs
"""
import os
import shlex
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from sxtest import check, expect, main, run, write  # noqa: E402
from test_e2e import IMAGE, RUNTIME, no_container_left, prologue  # noqa: E402

BATTERY = os.path.join(HERE, "hostile")


def header(path):
    h = {}
    for line in open(path):
        if not line.startswith("# ") or ":" not in line:
            break
        key, _, value = line[2:].partition(":")
        h[key.strip()] = value.strip()
    return h


def make_case(name, direct):
    path = os.path.join(BATTERY, name + ".py")

    def case(tmp):
        h = header(path)
        prelude = open(os.path.join(BATTERY, "_prelude.py")).read()
        write(tmp, name + ".py", prelude + open(path).read())
        want = h["expect"]
        if RUNTIME == "runsc" and "expect-runsc" in h:
            want = h["expect-runsc"]
        status, code = (h["direct"] if direct else want).split()
        args = shlex.split(h.get("args", ""))
        if direct and "direct-args" in h:
            args = shlex.split(h["direct-args"])
        # The container is what is tested here, not the static check.
        args = ["--set", "validator.enabled=false"] + args
        if direct:
            args = ["--direct"] + args
        else:
            args = ["--image", IMAGE] + args
        r = run(args + [name + ".py"], tmp, timeout=170)
        expect(r, int(code), status)
        expr = h.get("assert-runsc" if RUNTIME == "runsc" and "assert-runsc" in h else "assert")
        if expr and not direct:
            rep = r.report
            check(eval(expr, {"r": rep}), "%s is false for %s" % (expr, rep))
        if not direct:
            check(r.report["mode"] == "docker", repr(r))
            no_container_left(r)
        else:
            check(r.report["mode"] == "direct", repr(r))
    return case


CASES = {}
for f in sorted(os.listdir(BATTERY)):
    if not f.endswith(".py") or f.startswith("_"):
        continue
    n = f[:-3]
    CASES["docker-" + n] = make_case(n, False)
    if "direct" in header(os.path.join(BATTERY, f)):
        CASES["direct-" + n] = make_case(n, True)

if __name__ == "__main__":
    wants_docker = len(sys.argv) == 2 and sys.argv[1].startswith("docker-")
    sys.exit(main(CASES, prologue if wants_docker else None))
