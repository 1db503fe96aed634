"""What a run cost, checked the same way in docker (tests/e2e/test_e2e.py)
and direct (tests/direct/test_direct.py) mode: the report's started_at and
usage, and the run_finished event that says what ran and how it ended."""
import datetime
import json
import os
import time

from sxtest import check, expect, run, write

# Burns 0.6 s of its own CPU time, mostly in user space (whatever the
# machine's load: the loop counts process time, not wall time; reading it is
# a system call, so not at every turn), then touches 200 MiB.
BURN_ALLOC = (
    "import json, time\n"
    "t0 = time.time()\n"
    "c = time.process_time()\n"
    "while time.process_time() - c < 0.6:\n"
    "    for _ in range(20000):\n"
    "        pass\n"
    "b = bytearray(200 * 1024 * 1024)\n"
    "for i in range(0, len(b), 4096):\n"
    "    b[i] = 1\n"
    "print(json.dumps({'t0': t0, 't1': time.time(), 'cpu': time.process_time()}))\n"
)

# A child the script waits for (0.4 s of CPU) and a grandchild in a session
# of its own that it does not wait for (0.3 s): only the reaper of the
# script's whole tree (the supervisor, or sandexec as subreaper) sees it.
CHILDREN = (
    "import json, os, subprocess, sys, time\n"
    "BURN = 'import time\\nt = time.process_time()\\n"
    "while time.process_time() - t < %s: pass\\n'\n"
    "subprocess.run([sys.executable, '-c', BURN % 0.4], check=True)\n"
    "r, w = os.pipe()\n"
    "subprocess.Popen([sys.executable, '-c', BURN % 0.3 + 'import os\\nos.close(%d)\\n' % w],\n"
    "                 pass_fds=[w], start_new_session=True)\n"
    "os.close(w)\n"
    "os.read(r, 1)\n"
    "print(json.dumps({'cpu': time.process_time()}))\n"
)

SPIN = "while True:\n    pass\n"

KEYS = {"cpu_user_ms", "cpu_sys_ms", "max_rss_kib", "wall_ms"}


def parse_started_at(s):
    check(isinstance(s, str) and len(s) == 24 and s.endswith("Z"), "started_at %r" % s)
    return datetime.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(
        tzinfo=datetime.timezone.utc).timestamp()


def finished(log):
    with open(log) as f:
        ev = [json.loads(line) for line in f]
    fin = [e for e in ev if e["event_type"] == "run_finished"]
    check(len(fin) == 1, ev)
    return fin[0]


def check_finished(log, r):
    """run_finished says what ran, how it ended and what it cost, as the report."""
    fin = finished(log)
    rep = r.report
    for k in ("status", "strategy", "sha256", "started_at", "usage"):
        check(fin[k] == rep[k], "%s: event %r, report %r" % (k, fin[k], rep[k]))
    check(fin["exit_code"] == r.code and fin["script_exit_code"] == rep["exit_code"], fin)
    check(isinstance(fin["sha256"], str) and len(fin["sha256"]) == 64, fin)
    return fin


def usage_cpu_memory(tmp, mode_args):
    write(tmp, "strategy.py", BURN_ALLOC)
    log = os.path.join(tmp, "ev.log")
    before = time.time()
    r = run(mode_args + ["--log", log, "strategy.py"], tmp)
    after = time.time()
    expect(r, 0, "ok")
    u, res = r.report["usage"], r.report["result"]
    check(set(u) == KEYS and all(isinstance(u[k], int) for k in KEYS), u)
    cpu = u["cpu_user_ms"] + u["cpu_sys_ms"]
    # At least what the script counted itself, and no more than one CPU
    # can give in its wall time (plus the interpreter's start before it).
    # (A warm run's process_time() includes the preloaded imports, which
    # the usage leaves out: sandexec(1), WARM START.)
    # Under gVisor the sentry's account of a reaped process and the
    # process's own clock differ by a few percent, more under load (989 ms
    # against 1.01 s; 1070 ms against 1.14 s with a fuzzer on the machine).
    slack = 0.90 if os.environ.get("SANDEXEC_TEST_RUNTIME") == "runsc" else 1.0
    check(cpu >= res["cpu"] * 1000 * slack - 20 or r.report.get("warm"),
          "cpu %d ms < the script's own %r s" % (cpu, res["cpu"]))
    check(u["cpu_user_ms"] >= 400, u)
    check(cpu <= u["wall_ms"] + 1000, "cpu %d ms over wall %d ms" % (cpu, u["wall_ms"]))
    check(u["wall_ms"] >= 600 and u["wall_ms"] <= r.report["duration_ms"], (u, r.report))
    check(u["wall_ms"] >= (res["t1"] - res["t0"]) * 1000 - 50, (u, res))
    check(u["max_rss_kib"] >= 200 * 1024, u)
    check(u["max_rss_kib"] < 2 * 1024 * 1024, u)
    started = parse_started_at(r.report["started_at"])
    check(before - 0.01 <= started <= res["t0"] + 0.01 and started <= after,
          "started_at %r not within the run [%r, %r], script began %r"
          % (r.report["started_at"], before, after, res["t0"]))
    check_finished(log, r)
    return r


def usage_children(tmp, mode_args):
    write(tmp, "strategy.py", CHILDREN)
    log = os.path.join(tmp, "ev.log")
    r = run(mode_args + ["--set", "validator.enabled=false", "--log", log, "strategy.py"], tmp)
    expect(r, 0, "ok")
    u = r.report["usage"]
    cpu = u["cpu_user_ms"] + u["cpu_sys_ms"]
    # The script's own process_time(): a warm run's process imported the
    # preloaded modules before its script came (sandexec(1), WARM START).
    check(r.report["result"]["cpu"] < (1.5 if r.report.get("warm") else 0.3),
          r.report["result"])
    check(cpu >= 680, "the children's 0.7 s of CPU not counted: %r" % u)
    check_finished(log, r)
    return r


def usage_timeout(tmp, mode_args):
    write(tmp, "strategy.py", SPIN)
    log = os.path.join(tmp, "ev.log")
    r = run(mode_args + ["--timeout", "3", "--log", log, "strategy.py"], tmp)
    expect(r, 124, "timeout")
    u = r.report["usage"]
    check(set(u) == KEYS, u)
    # The wall time is always known once the script started.
    check(isinstance(u["wall_ms"], int) and 1000 <= u["wall_ms"] <= 3200, u)
    parse_started_at(r.report["started_at"])
    check_finished(log, r)
    return r


def usage_not_run(tmp, mode_args):
    """Nothing ran: usage and started_at are null; run_finished still says what."""
    write(tmp, "strategy.py", "import os\n")
    log = os.path.join(tmp, "ev.log")
    r = run(mode_args + ["--set", "validator.enabled=true", "--log", log, "strategy.py"], tmp)
    expect(r, 4, "rejected")
    check(r.report["usage"] is None and r.report["started_at"] is None, r.report)
    fin = check_finished(log, r)
    check(fin["strategy"] == "strategy.py" and fin["usage"] is None, fin)
    return r
