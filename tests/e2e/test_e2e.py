#!/usr/bin/env python3
"""sandexec against a real Docker engine and the real sandbox image.

A missing daemon or image fails the run when CI=true and skips it (exit 77)
elsewhere, so that CI never passes without running these."""
import concurrent.futures
import json
import stat
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sxtest import (SANDEXEC, SKIP, SOURCE_ROOT, Run, check, expect,  # noqa: E402
                    isolated_env, main, run, write)
import sxtest  # noqa: E402
import usage  # noqa: E402

IMAGE = os.environ.get("SANDEXEC_TEST_IMAGE", "sandexec-python:bookworm")


# The runtime the runsc-* registrations run every case under (tests/meson.build).
RUNTIME = os.environ.get("SANDEXEC_TEST_RUNTIME", "")


def runtime_problem():
    """None when the engine has RUNTIME registered, else why not."""
    try:
        p = subprocess.run(["docker", "info", "--format", "{{json .Runtimes}}"],
                           capture_output=True, text=True, timeout=30)
        runtimes = json.loads(p.stdout) if p.returncode == 0 else {}
    except (OSError, subprocess.TimeoutExpired, ValueError) as e:
        return str(e)
    if RUNTIME not in runtimes:
        return "runtime %s is not registered with the engine (scripts/setup.sh does it)" % RUNTIME
    return None


def prologue():
    """Fail (CI) or skip (elsewhere) when there is no engine or image."""
    in_ci = os.environ.get("CI") == "true"
    try:
        info = subprocess.run(["docker", "image", "inspect", IMAGE], capture_output=True,
                              text=True, timeout=30)
        problem = None if info.returncode == 0 else info.stderr.strip()
    except (OSError, subprocess.TimeoutExpired) as e:
        problem = str(e)
    if problem is None and RUNTIME:
        problem = runtime_problem()
    if problem is None:
        return None
    print("no Docker engine with image %s: %s" % (IMAGE, problem), file=sys.stderr)
    if in_ci:
        return 1
    print("skipped: start dockerd and run share/sandexec/build-image.sh", file=sys.stderr)
    return SKIP


def sx(tmp, script, *args, **kw):
    write(tmp, "strategy.py", script)
    return run(list(args) + ["--image", IMAGE, "strategy.py"], tmp, **kw)


def containers(run_id):
    out = subprocess.run(["docker", "ps", "-a", "-q", "--filter", "label=sandexec.run=" + run_id],
                         capture_output=True, text=True, timeout=30, check=True).stdout
    return out.split()


def no_container_left(r):
    check(r.report.get("run_id"), "no run id in %r" % r)
    left = containers(r.report["run_id"])
    check(left == [], "containers left behind: %s" % left)
    if r.report.get("warm"):
        # A spare's removal is confirmed after the report (sandexec(1)).
        name = r.report["container"]
        for _ in range(100):
            out = subprocess.run(["docker", "ps", "-a", "-q", "--filter", "name=^%s$" % name],
                                 capture_output=True, text=True, timeout=30).stdout
            if not out.split():
                break
            time.sleep(0.1)
        check(not out.split(), "container %s left behind" % name)
    elif sxtest.WARM and r.report.get("mode") == "docker" and r.report.get("status") not in (
            "sandbox_unavailable", "config_error", "interrupted"):
        check(False, "a warm-* run went cold: %r" % r)


def case_example(tmp):
    path = os.path.join(SOURCE_ROOT, "examples", "sma_crossover.py")
    r = run(["--image", IMAGE, "--iteration", "3", path], tmp, SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 0, "ok")
    rep = r.report
    check(rep["mode"] == "docker" and rep["sandboxed"] is True and rep["fallback"] is False,
          repr(r))
    res = rep["result"]
    for k in ("sharpe", "annual_return", "max_drawdown", "trades"):
        check(k in res, "%s missing from %s" % (k, res))
    check(isinstance(res["trades"], int) and res["trades"] > 0, res)
    check(-1.0 <= res["max_drawdown"] <= 0.0, res)
    check(rep["exit_code"] == 0 and rep["iteration"] == 3, repr(r))
    check(rep["stdout"] == "backtest over 1000 bars done\n", repr(r))
    check(len(rep["sha256"]) == 64 and rep["error"] is None, repr(r))
    # A warm run's container is the spare's, named by the spare's own id.
    check(rep["warm"] or rep["container"] == "sandexec-" + rep["run_id"], repr(r))
    no_container_left(r)


def case_exception(tmp):
    r = sx(tmp, "def f():\n    raise ValueError('boom')\nf()\n")
    expect(r, 1, "strategy_error")
    check(r.report["exit_code"] == 1, repr(r))
    # The traceback streams through and names the script's own file.
    check('File "strategy.py", line 2' in r.stderr and "ValueError: boom" in r.stderr, repr(r))


def case_exit_code(tmp):
    r = sx(tmp, "import sys\nprint('{\"partial\": 1}')\nsys.exit(3)\n")
    expect(r, 1, "strategy_error")
    check(r.report["exit_code"] == 3 and r.report["result"] is None, repr(r))


def case_syntax_error(tmp):
    r = sx(tmp, "def broken(:\n")
    expect(r, 1, "strategy_error")
    check("SyntaxError" in r.stderr, repr(r))


def case_no_output(tmp):
    r = sx(tmp, "x = 1 + 1\n")
    expect(r, 5, "no_result")
    r = sx(tmp, "print('just text')\nprint('[1, 2, 3]')\n")
    expect(r, 5, "no_result")
    check(r.report["stdout"] == "just text\n[1, 2, 3]\n", repr(r))


def case_result_edge(tmp):
    r = sx(tmp, "import json, math\n"
                "print(json.dumps({'a': 1}))\n"
                "print(json.dumps({'sharpe': math.nan, 'inf': math.inf, 'deep': [[[1]]]}))\n"
                "print('trailing log line')\n")
    expect(r, 0, "ok")
    res = r.report["result"]
    check(res == {"sharpe": None, "inf": None, "deep": [[[1]]]}, repr(r))
    check(r.report["stdout"] == '{"a": 1}\ntrailing log line\n', repr(r))


def case_result_exact(tmp):
    """The result is the script's JSON exactly: a pandas Timestamp's
    nanoseconds, integers past 2**53, a string with NUL, the last of two keys."""
    r = sx(tmp, "import json\nimport pandas as pd\n"
                "ts = pd.Timestamp('2024-11-26 14:30:00.123456789')\n"
                "print(json.dumps({'last_bar_ns': ts.value, 'odd': 9007199254740993,"
                " 's': 'abc\\x00def', 'f': 0.1}))\n"
                "print('{\"k\": 1, \"k\": 2}')\n"
                "print(json.dumps({'last_bar_ns': ts.value, 'odd': 9007199254740993,"
                " 's': 'abc\\x00def', 'f': 0.1}))\n")
    expect(r, 0, "ok")
    line = r.stdout.strip()
    check('"result":{"last_bar_ns":1732631400123456789,"odd":9007199254740993,'
          '"s":"abc\\u0000def","f":0.1}' in line, line)
    res = r.report["result"]
    check(res["last_bar_ns"] == 1732631400123456789 and res["s"] == "abc\x00def", res)
    check(r.report["stdout"].startswith('{"last_bar_ns": 1732631400123456789, '), repr(r))
    r = sx(tmp, "print('{\"k\": 1, \"k\": {\"x\": 2}}')\n")
    expect(r, 0, "ok")
    check('"result":{"k":{"x":2}}' in r.stdout, r.stdout)


def case_user_root_spellings(tmp):
    """docker.user compares numbers: 00, 0000 and 000:0 are root and are
    refused before anything runs; so is group 0 and a user without group."""
    probe = "import json, os\nprint(json.dumps({'uid': os.getuid(), 'gid': os.getgid()}))\n"
    for user in ("00:1", "0000:1", "000:0", "1000:0", "1000"):
        r = sx(tmp, probe, "--set", "docker.user=" + user)
        expect(r, 3, "config_error")
        check("docker.user" in r.report["error"], repr(r))
    r = sx(tmp, probe, "--set", "docker.user=01000:1000")
    expect(r, 0, "ok")
    check(r.report["result"] == {"uid": 1000, "gid": 1000}, repr(r))


def case_stdin_is_empty(tmp):
    r = sx(tmp, "import sys, json\nprint(json.dumps({'stdin': sys.stdin.read()}))\n")
    expect(r, 0, "ok")
    check(r.report["result"] == {"stdin": ""}, repr(r))


def case_timeout(tmp):
    t0 = time.monotonic()
    r = sx(tmp, "while True:\n    pass\n", "--timeout", "3")
    elapsed = time.monotonic() - t0
    expect(r, 124, "timeout")
    check(3.0 <= elapsed < 20.0, "took %.1fs" % elapsed)
    no_container_left(r)


def case_timeout_sigterm_ignored(tmp):
    r = sx(tmp, "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                "while True:\n    time.sleep(0.1)\n", "--timeout", "2")
    expect(r, 124, "timeout")
    no_container_left(r)


def case_output_flood(tmp):
    r = sx(tmp, "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n")
    expect(r, 7, "output_limit")
    check(r.report["stdout_truncated"] is True, repr(r.report["status"]))
    check(len(r.report["stdout"]) == 1024 * 1024, len(r.report["stdout"]))
    no_container_left(r)


def case_stderr_flood(tmp):
    """A flood on stderr passes through (up to output.max_stderr) and the
    result still arrives."""
    r = sx(tmp, "import sys, json\nfor i in range(2000):\n    sys.stderr.write('e' * 4096)\n"
                "print(json.dumps({'done': True}))\n", "--set", "output.max_stderr=16m")
    expect(r, 0, "ok")
    check(r.stderr.count("e") >= 2000 * 4096, "stderr lost: %d" % r.stderr.count("e"))


def case_missing_image(tmp):
    write(tmp, "strategy.py", "print('{}')\n")
    t0 = time.monotonic()
    r = run(["--image", "sandexec-no-such-image:0", "strategy.py"], tmp)
    expect(r, 6, "sandbox_unavailable")
    check(time.monotonic() - t0 < 15, "slow")
    check("No such image" in r.report["error"] or "not found" in r.report["error"].lower(),
          repr(r))


def case_dead_docker_host(tmp):
    t0 = time.monotonic()
    r = sx(tmp, "print('{}')\n", DOCKER_HOST="unix://" + os.path.join(tmp, "dead.sock"))
    expect(r, 6, "sandbox_unavailable")
    check(time.monotonic() - t0 < 15, "slow")
    check("dead.sock" in r.report["error"] or "connect" in r.report["error"].lower(), repr(r))


def case_script_mimics_docker(tmp):
    """Exit 125/126/127 with docker-like stderr is the script's own failure."""
    for code in (125, 126, 127):
        r = sx(tmp, "import sys\nsys.stderr.write('docker: Error response from daemon: "
                    "No such image\\n')\nsys.exit(%d)\n" % code)
        expect(r, 1, "strategy_error")
        check(r.report["exit_code"] == code, repr(r))


PROBE = r'''
import ctypes, json, os, socket, errno
def attempt(fn):
    try:
        fn()
        return "allowed"
    except OSError as e:
        return errno.errorcode.get(e.errno, str(e.errno))
status = {}
for line in open("/proc/self/status"):
    k, _, v = line.partition(":")
    status[k] = v.strip()
def write(path):
    with open(path, "w") as f:
        f.write("x")
out = {
    "uid": os.getuid(), "gid": os.getgid(),
    "CapEff": status["CapEff"], "CapPrm": status["CapPrm"], "CapBnd": status["CapBnd"],
    # prctl, not /proc/self/status: gVisor's has no NoNewPrivs line.
    "NoNewPrivs": str(ctypes.CDLL(None).prctl(39, 0, 0, 0, 0)),  # PR_GET_NO_NEW_PRIVS
    "Seccomp": status["Seccomp"],
    "net_ifaces": sorted(os.listdir("/sys/class/net")),
    "inet_socket": attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM)),
    "unix_socket": attempt(lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()),
    "write_root": attempt(lambda: write("/x")),
    "write_usr": attempt(lambda: write("/usr/x")),
    "write_tmp": attempt(lambda: write("/tmp/x")),
    "env": sorted(os.environ),
    "cwd": os.getcwd(),
}
print(json.dumps(out))
'''


def case_hardening(tmp):
    r = sx(tmp, PROBE, HARDENING_SECRET="do-not-leak")
    expect(r, 0, "ok")
    p = r.report["result"]
    check(p["uid"] != 0 and p["gid"] != 0, p)
    check(int(p["CapEff"], 16) == 0 and int(p["CapPrm"], 16) == 0, p)
    check(int(p["CapBnd"], 16) == 0, p)
    check(p["NoNewPrivs"] == "1", p)
    check(p["Seccomp"] == "2", p)
    check(p["net_ifaces"] == ["lo"], p)
    check(p["inet_socket"] in ("EPERM", "EACCES"), p)
    check(p["unix_socket"] == "allowed", p)
    check(p["write_root"] in ("EROFS", "EACCES"), p)
    check(p["write_usr"] in ("EROFS", "EACCES"), p)
    check(p["write_tmp"] == "allowed", p)
    check("HARDENING_SECRET" not in p["env"], p)
    check(p["cwd"] == "/tmp", p)


def case_limits_applied(tmp):
    """The engine applied the memory, pids and nofile limits it was given."""
    r = sx(tmp, "import json, resource\n"
                "def rd(*paths):\n"
                "    for p in paths:\n"
                "        try:\n"
                "            return open(p).read().strip()\n"
                "        except OSError:\n"
                "            pass\n"
                "print(json.dumps({\n"
                "  'mem': rd('/sys/fs/cgroup/memory.max',\n"
                "            '/sys/fs/cgroup/memory/memory.limit_in_bytes'),\n"
                "  'pids': rd('/sys/fs/cgroup/pids.max', '/sys/fs/cgroup/pids/pids.max'),\n"
                "  'nofile': resource.getrlimit(resource.RLIMIT_NOFILE)[0],\n"
                "  'core': resource.getrlimit(resource.RLIMIT_CORE)[0]}))\n",
           "--memory", "256m", "--pids-limit", "64")
    expect(r, 0, "ok")
    p = r.report["result"]
    check(p["mem"] == str(256 * 1024 * 1024), p)
    check(p["pids"] == "64", p)
    check(p["nofile"] == 256 and p["core"] == 0, p)


def wait_past_deadline(run_id):
    """Sleep until the deadline label of run_id's container has passed (the
    sweep asks the engine, not the record); returns the label."""
    label = subprocess.run(["docker", "inspect", "--format",
                            '{{index .Config.Labels "sandexec.deadline"}}',
                            "sandexec-" + run_id], capture_output=True, text=True, timeout=60,
                           check=True).stdout.strip()
    # Past the label's second by more than the coarse clock's lag: time(2)
    # may still say the label's second a few ms into the next.
    time.sleep(max(0, int(label) + 2 - time.time()))
    return label


def wait_for_container(run_id=None, timeout=30):
    """Poll until a sandexec container (of run_id, or any) is running."""
    label = "label=sandexec.run" + ("=" + run_id if run_id else "")
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        out = subprocess.run(["docker", "ps", "-q", "--filter", label], capture_output=True,
                             text=True, timeout=30).stdout.split()
        if out:
            return out
        time.sleep(0.2)
    raise AssertionError("no container started")


def interrupt(tmp, sig):
    """A signal to sandexec mid-run: container removed, report says interrupted."""
    write(tmp, "strategy.py", "import sys, time\nprint('started', flush=True)\n"
                              "print('started', file=sys.stderr, flush=True)\ntime.sleep(60)\n")
    env = isolated_env(tmp)
    log = os.path.join(tmp, "ev.log")
    p = subprocess.Popen([SANDEXEC, "--image", IMAGE, "--log", log, "strategy.py"], cwd=tmp,
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    before = set(wait_for_container())
    # The script's stderr streams through: once it says so, it has started
    # (any container would do for `before` on a shared engine; this would not).
    check(p.stderr.readline() == "started\n", "the script did not start")
    p.send_signal(sig)
    out, err = p.communicate(timeout=60)
    r = Run(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    expect(r, 128 + sig, "interrupted")
    check(r.report["stdout"] == "started\n", repr(r))
    no_container_left(r)
    types = [e["event_type"] for e in events(log)]
    check(types[-3:] == ["docker_execution_failed", "interrupted", "run_finished"], types)
    check(types[0] == "validator_disabled", types)
    check(before, "no container was seen running")


def case_sigterm(tmp):
    interrupt(tmp, signal.SIGTERM)


def case_sigint(tmp):
    interrupt(tmp, signal.SIGINT)


def case_sighup(tmp):
    interrupt(tmp, signal.SIGHUP)


def case_sigkill_then_sweep(tmp):
    """sandexec SIGKILLed mid-run leaves a container; the next run after its
    deadline removes it, and the run after that finds nothing to do."""
    write(tmp, "slow.py", "import time\ntime.sleep(1000)\n")
    write(tmp, "strategy.py", "print('{}')\n")
    env = isolated_env(tmp)
    log = os.path.join(tmp, "ev.log")
    # A timeout long enough that the run is still under way when killed,
    # however slowly a loaded engine starts the container.
    p = subprocess.Popen([SANDEXEC, "--image", IMAGE, "--timeout", "8", "--log", log,
                          "slow.py"], cwd=tmp, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL)
    # This run's container, not any: on a shared engine another one may be
    # up, and sandexec killed before its record is written leaves none.
    end = time.monotonic() + 10
    while not (os.path.exists(log) and events(log)) and time.monotonic() < end:
        time.sleep(0.05)
    run_id = events(log)[0]["run_id"]
    wait_for_container(run_id, timeout=10)
    # Running is not started: sandexec killed while the script is still on
    # its way through the client's stdin ends the run (gVisor boots slowly).
    time.sleep(1)
    p.kill()
    p.communicate(timeout=30)
    # The deadline is 8 s of timeout plus the margin: until then it may live.
    # (sandexec's own deadline would have killed it at 8 s; it is dead.)
    records = os.path.join(tmp, ".local/state/sandexec/runs")
    check(os.listdir(records) == [run_id], os.listdir(records))
    check(containers(run_id), "the container did not outlive sandexec")
    r = run(["--image", IMAGE, "--log", log, "strategy.py"], tmp)
    expect(r, 0, "ok")
    check(containers(run_id), "swept before its deadline")
    label = wait_past_deadline(run_id)
    r = run(["--image", IMAGE, "--log", log, "strategy.py"], tmp)
    expect(r, 0, "ok")
    swept = [e for e in events(log) if e.get("removed_by") == "sweep"]
    seen = {"run": run_id, "label": label, "sweep": swept, "stderr": r.stderr,
            "last": [(e["timestamp"], e["event_type"], e["message"]) for e in events(log)
                     if e["run_id"] == r.report["run_id"]],
            "records": {n: open(os.path.join(records, n)).read() for n in os.listdir(records)}}
    check(containers(run_id) == [], ("not swept", seen))
    check(os.listdir(records) == [], seen)
    check(len(swept) == 1 and swept[0]["abandoned_run"] == run_id, seen)


def case_gc(tmp):
    """sandexec gc removes containers past their deadline, --all the rest; it
    only ever touches its own owner's (here a made-up owner, so that no one
    else's run on this engine is touched), never another owner's."""
    now = int(time.time())
    owner, other = "gc-test-%d@e2e" % now, "gc-other-%d@e2e" % now
    names = {"old": "sandexec-gc-old-%d" % now, "new": "sandexec-gc-new-%d" % now,
             "other": "sandexec-gc-other-%d" % now}
    for kind, deadline, who in (("old", now - 10, owner), ("new", now + 3600, owner),
                                ("other", now - 10, other)):
        subprocess.run(["docker", "run", "-d", "--rm", "--name", names[kind], "--network",
                        "none", "--label", "sandexec.run=gc-" + kind, "--label",
                        "sandexec.deadline=%d" % deadline, "--label", "sandexec.owner=" + who,
                        IMAGE, "sleep", "1000"],
                       check=True, capture_output=True, timeout=60)
    try:
        env = isolated_env(tmp)
        p = subprocess.run([SANDEXEC, "gc", "--owner", owner], cwd=tmp, env=env,
                           capture_output=True, text=True, timeout=120)
        check(p.returncode == 0, p)
        check("removed  %s" % names["old"] in p.stdout, p.stdout)
        check("kept     %s" % names["new"] in p.stdout, p.stdout)
        check(containers("gc-old") == [] and containers("gc-new"), "gc removed the wrong ones")
        p = subprocess.run([SANDEXEC, "gc", "--all", "--owner", owner], cwd=tmp, env=env,
                           capture_output=True, text=True, timeout=120)
        check(p.returncode == 0 and "removed  %s" % names["new"] in p.stdout, p)
        check(containers("gc-new") == [], "gc --all left it")
        check(containers("gc-other"), "gc removed another owner's container")
        p = subprocess.run([SANDEXEC, "gc", "--bogus"], cwd=tmp, env=env, capture_output=True,
                           text=True, timeout=30)
        check(p.returncode == 2, p)
        p = subprocess.run([SANDEXEC, "gc"], cwd=tmp, env=dict(env, DOCKER_HOST="unix:///nope"),
                           capture_output=True, text=True, timeout=30)
        check(p.returncode == 6 and "cannot list" in p.stderr, p)
    finally:
        subprocess.run(["docker", "rm", "-f"] + list(names.values()), capture_output=True)


def case_seccomp_is_what_denies(tmp):
    """The same probes in the same container but with seccomp=unconfined go
    through where capabilities alone would not stop them: the profile is
    what denies them."""
    hostile = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hostile")
    probe = open(os.path.join(hostile, "_prelude.py")).read() + (
        "result({'keyctl': sys_call(250, 0, -3, 0),\n"
        "        'process_vm_readv': sys_call(310, os.getpid(), 0, 0, 0, 0, 0),\n"
        "        'personality': sys_call(135, 0x0040000)})\n")
    path = write(tmp, "probe.py", probe)
    r = run(["--image", IMAGE, "probe.py"], tmp)
    expect(r, 0, "ok")
    check(set(r.report["result"].values()) == {"EPERM"}, r.report["result"])
    words = shlex.split(run(["--image", IMAGE, "--dry-run", "probe.py"], tmp).stdout)
    argv = words[words.index("|") + 1:]
    argv = ["seccomp=unconfined" if a.startswith("seccomp=") else a for a in argv]
    # The supervisor's stdin: the script's length, the script, the
    # arguments' length (no arguments), a nonce.
    script = open(path, "rb").read()
    stdin = b"%d\n" % len(script) + script + b"0\n" + b"0" * 32 + b"\n"
    p = subprocess.run(argv, input=stdin, capture_output=True, timeout=120)
    line = [l for l in p.stdout.decode().split("\n") if l.startswith("{")][0]
    baseline = json.loads(line)
    check(set(baseline.values()) == {"allowed"}, "refused even unconfined: %s" % baseline)


def case_bad_seccomp_profile(tmp):
    """A missing or permissive profile is a configuration error, never a
    reason to run without it (not even with --fallback)."""
    write(tmp, "strategy.py", "print('{}')\n")
    allow = write(tmp, "allow.json", '{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": []}')
    junk = write(tmp, "junk.json", "not json")
    for prof, want in (("/nonexistent/seccomp.json", "No such file"),
                       (allow, "does not deny"), (junk, "not a seccomp profile")):
        r = run(["--image", IMAGE, "--fallback", "--set", "docker.seccomp_profile=" + prof,
                 "strategy.py"], tmp)
        expect(r, 3, "config_error")
        check(want in r.report["error"] and prof in r.report["error"], repr(r))


def case_seccomp_profile_read_whole(tmp):
    """A profile is read whole: one of exactly 262,143 bytes (the old single
    read's limit) is used, not refused."""
    src = open(os.path.join(SOURCE_ROOT, "share", "sandexec", "seccomp.json")).read().rstrip()
    prof = write(tmp, "big.json", src + " " * (262143 - len(src.encode())))
    check(os.path.getsize(prof) == 262143, os.path.getsize(prof))
    r = sx(tmp, "print('{\"ok\": 1}')\n", "--set", "docker.seccomp_profile=" + prof)
    expect(r, 0, "ok")
    check(r.report["result"] == {"ok": 1}, repr(r))


def case_dry_run_line_runs(tmp):
    """The printed command line is complete: pasted into a shell it runs the
    script (its result line comes out), as the run would."""
    # A name that starts with "-" too: cat must not take it for an option.
    for name in ("strategy.py", "-n.py"):
        write(tmp, name, "import json\nprint(json.dumps({'answer': 42}))\n")
        r = run(["--image", IMAGE, "--timeout", "60", "--dry-run", "--", name], tmp)
        check(r.code == 0, repr(r))
        p = subprocess.run(["sh", "-c", r.stdout], cwd=tmp, stdin=subprocess.DEVNULL,
                           capture_output=True, text=True, timeout=120)
        check('{"answer": 42}' in p.stdout.splitlines(), (r.stdout, p.stdout, p.stderr))


def case_root_symlink_strategy(tmp):
    """Run as root (as from cron), a strategy that is a symbolic link to a
    file only root can read is refused before anything reads it: its first
    line does not come back in a traceback."""
    check(os.geteuid() == 0, "this case needs root, as the e2e suite does")
    secret = write(tmp, "shadow", "root:$6$TOPSECRET$hash:19000:0:99999:7:::\n")
    os.chmod(secret, 0o600)
    os.symlink(secret, os.path.join(tmp, "shadowlink.py"))
    r = run(["--image", IMAGE, "shadowlink.py"], tmp)
    expect(r, 66, "input_error")
    check("symbolic link" in r.report["error"], repr(r))
    check("TOPSECRET" not in r.stdout + r.stderr, repr(r))


def events(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def case_fallback_dead_host(tmp):
    log = os.path.join(tmp, "ev.log")
    r = sx(tmp, "import json\nprint(json.dumps({'where': 'host'}))\n", "--fallback",
           "--log", log, DOCKER_HOST="unix://" + os.path.join(tmp, "dead.sock"))
    expect(r, 0, "ok")
    check(r.report["mode"] == "direct" and r.report["fallback"] is True, repr(r))
    check(r.report["sandboxed"] is False and r.report["result"] == {"where": "host"}, repr(r))
    check("directly, without the container sandbox" in r.stderr, repr(r))
    types = [e["event_type"] for e in events(log)]
    check("fallback_to_direct" in types and "direct_fallback_success" in types, types)


def case_fallback_missing_image(tmp):
    write(tmp, "strategy.py", "print('{\"a\": 1}')\n")
    r = run(["--fallback", "--image", "sandexec-no-such-image:0", "strategy.py"], tmp)
    expect(r, 0, "ok")
    check(r.report["mode"] == "direct" and r.report["fallback"] is True, repr(r))


def case_no_fallback_for_script_failures(tmp):
    """Whatever the script does in the container, it never runs again outside."""
    cases = [
        ("import sys\nsys.stderr.write('docker: Error response from daemon: "
         "Cannot connect to the Docker daemon\\n')\nsys.exit(125)\n", [], 1, "strategy_error"),
        ("import sys\nsys.exit(126)\n", [], 1, "strategy_error"),
        ("import sys\nsys.exit(127)\n", [], 1, "strategy_error"),
        ("raise RuntimeError('x')\n", [], 1, "strategy_error"),
        ("while True:\n    pass\n", ["--timeout", "2"], 124, "timeout"),
        ("import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n", [], 7, "output_limit"),
        ("x = bytearray(512 * 1024 * 1024)\n", ["--memory", "64m"], 8, "oom"),
        ("x = 1\n", [], 5, "no_result"),
    ]
    for script, args, code, status in cases:
        log = os.path.join(tmp, "ev.log")
        if os.path.exists(log):
            os.unlink(log)
        r = sx(tmp, script, "--fallback", "--log", log, *args)
        expect(r, code, status)
        check(r.report["mode"] == "docker" and r.report["fallback"] is False, repr(r))
        types = [e["event_type"] for e in events(log)]
        check("fallback_to_direct" not in types and "sandbox_mode_failed" not in types, types)
        no_container_left(r)


def case_events_docker(tmp):
    log = os.path.join(tmp, "ev.log")
    r = sx(tmp, "print('{}')\n", "--log", log, "--iteration", "5",
           SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 0, "ok")
    ev = events(log)
    types = [e["event_type"] for e in ev]
    check(types == ["validation_passed", "sandbox_mode_enabled", "execution_mode_selected",
                    "docker_cleanup", "docker_execution_success", "run_finished"], types)
    for e in ev:
        check(e["run_id"] == r.report["run_id"] and e["iteration_num"] == 5, e)
        check(e["logger"] == "sandexec" and e["timestamp"].endswith("Z"), e)
    ev = ev[1:]
    check(ev[0]["image"] == IMAGE and ev[0]["mode"] is None, ev[0])
    check(all(e["mode"] == "docker" for e in ev[1:]), ev)
    check(ev[2]["removed_by"] == "--rm" and ev[2]["container"] == r.report["container"], ev[2])

    os.unlink(log)
    r = sx(tmp, "while True:\n    pass\n", "--log", log, "--timeout", "2")
    expect(r, 124, "timeout")
    ev = events(log)[1:]  # after validator_disabled
    types = [e["event_type"] for e in ev]
    check(types == ["sandbox_mode_enabled", "execution_mode_selected", "docker_cleanup",
                    "docker_execution_failed", "timeout", "run_finished"], types)
    clean = ev[2]
    check(clean["removed_by"] == "docker rm --force" and clean["rm_exit_code"] == 0, clean)
    check(ev[4]["level"] == "WARNING" and ev[5]["exit_code"] == 124, ev)

    os.unlink(log)
    r = sx(tmp, "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n", "--log", log)
    expect(r, 7, "output_limit")
    types = [e["event_type"] for e in events(log)]
    check("output_limit" in types, types)

    os.unlink(log)
    r = run(["--log", log, "--image", "sandexec-no-such-image:0", "strategy.py"], tmp)
    expect(r, 6, "sandbox_unavailable")
    ev = events(log)[1:]
    types = [e["event_type"] for e in ev]
    check(types == ["sandbox_mode_enabled", "execution_mode_selected", "docker_cleanup",
                    "docker_execution_failed", "sandbox_mode_failed", "run_finished"], types)
    check(ev[2]["removed_by"] == "never started", ev[2])
    check(ev[4]["level"] == "ERROR", ev[4])


def case_concurrent_log(tmp):
    """16 concurrent docker runs share one log: every line parses, none is cut."""
    write(tmp, "strategy.py", "import json\nprint(json.dumps({'pad': 'y' * 6000}))\n")
    log = os.path.join(tmp, "shared.log")
    env = isolated_env(tmp)
    procs = [subprocess.Popen([SANDEXEC, "--image", IMAGE, "--log", log, "--iteration", str(i),
                               "strategy.py"], cwd=tmp, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL) for i in range(16)]
    for p in procs:
        p.communicate(timeout=170)
        check(p.returncode == 0, "a run failed: %s" % p.returncode)
    ev = [json.loads(line) for line in open(log).read().splitlines()]
    check(len(ev) == 16 * 6, len(ev))
    check(sorted(e["iteration_num"] for e in ev if e["event_type"] == "run_finished")
          == list(range(16)), ev)


def case_flood_memory(tmp):
    """Floods on stdout and stderr do not grow sandexec: peak RSS under 16 MiB
    (32 MiB under ASan, whose shadow and quarantine of freed blocks come on
    top of what sandexec holds: the static check's sets of a short script
    took one runsc run 44 KiB over 16 MiB there)."""
    limit = 16 * 1024
    if os.environ.get("SANDEXEC_TEST_SANITIZE", "none") != "none":
        limit = 32 * 1024
    floods = {
        "stdout": "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n",
        "stderr": "import sys\nfor _ in range(4000):\n    sys.stderr.write('e' * 65536)\n"
                  "print('{}')\n",
    }
    for name, script in floods.items():
        log = os.path.join(tmp, name + ".log")
        r = sx(tmp, script, "--log", log)
        check(r.report["status"] in ("output_limit", "ok"), repr(r.report["status"]))
        rss = events(log)[-1]["sandexec_max_rss_kib"]
        check(0 < rss < limit, "%s flood: sandexec peak RSS %d KiB" % (name, rss))


def case_benign_strategies(tmp):
    """The benign corpus passes the static check and runs to ok in the container."""
    corpus = os.path.join(SOURCE_ROOT, "tests", "data", "benign")
    names = sorted(f for f in os.listdir(corpus) if f.endswith(".py"))
    check(len(names) >= 10, names)

    def one(name):
        return name, run(["--image", IMAGE, os.path.join(corpus, name)], tmp,
                         SANDEXEC_VALIDATOR_ENABLED="true")

    # Four at a time: the corpus grows, the test's time limit does not.
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        for name, r in pool.map(one, names):
            check(r.report is not None and r.report["status"] == "ok" and r.code == 0,
                  "%s: %r" % (name, r))
            check(isinstance(r.report["result"], dict) and r.report["violations"] == [],
                  repr(r))


def case_rejected_runs_nothing(tmp):
    """A script with violations is rejected in docker mode and never starts."""
    log = os.path.join(tmp, "ev.log")
    r = sx(tmp, "import os\nos.system('touch /tmp/x')\n", "--log", log,
           SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 4, "rejected")
    check(r.report["violations"][0]["rule"] == "forbidden-import", repr(r))
    types = [e["event_type"] for e in events(log)]
    check(types == ["validation_failed", "run_finished"], types)


def start_engine(base):
    """A second dockerd on its own socket, data root and exec root, with the
    image loaded. Returns (host, process, log)."""
    sock = os.path.join(base, "docker.sock")
    host = "unix://" + sock
    log = open(os.path.join(base, "dockerd.log"), "w")
    daemon = subprocess.Popen(
        ["dockerd", "--host", host, "--data-root", os.path.join(base, "data"),
         "--exec-root", os.path.join(base, "exec"), "--pidfile", os.path.join(base, "pid"),
         "--bridge", "none", "--iptables=false", "--ip6tables=false"],
        stdout=log, stderr=log, start_new_session=True)
    env2 = dict(os.environ, DOCKER_HOST=host)
    for _ in range(60):
        if subprocess.run(["docker", "info"], env=env2, capture_output=True).returncode == 0:
            break
        time.sleep(0.5)
    else:
        raise AssertionError("second dockerd did not start: %s"
                             % open(os.path.join(base, "dockerd.log")).read()[-2000:])
    save = subprocess.Popen(["docker", "save", IMAGE], stdout=subprocess.PIPE)
    subprocess.run(["docker", "load", "-q"], stdin=save.stdout, env=env2, check=True,
                   capture_output=True, timeout=170)
    save.wait(timeout=60)
    return host, daemon, log


def stop_engine(base, daemon, log):
    daemon.terminate()
    try:
        daemon.wait(timeout=30)
    except subprocess.TimeoutExpired:
        daemon.kill()
        daemon.wait()
    log.close()
    subprocess.run(["umount", "-R", os.path.join(base, "exec")], capture_output=True)
    subprocess.run(["rm", "-rf", base], capture_output=True)


def case_remote_engine(tmp):
    """DOCKER_HOST pointing at a second engine (its own dockerd on its own unix
    socket, data root and exec root) is all it takes: the script arrives on
    stdin, so nothing depends on files the engine cannot see. The image is
    tagged on the second engine only, so an ok proves where it ran."""
    base = tempfile.mkdtemp(prefix="sx-engine2-", dir="/tmp")
    host, daemon, log = start_engine(base)
    try:
        env2 = dict(os.environ, DOCKER_HOST=host)
        subprocess.run(["docker", "tag", IMAGE, "sandexec-remote-only:1"], env=env2, check=True)
        write(tmp, "strategy.py", "import json\nprint(json.dumps({'engine': 2}))\n")
        r = run(["--image", "sandexec-remote-only:1", "strategy.py"], tmp, DOCKER_HOST=host)
        expect(r, 0, "ok")
        check(r.report["result"] == {"engine": 2}, repr(r))
        # The same engine through a docker context (in the test's own HOME).
        cenv = isolated_env(tmp)
        subprocess.run(["docker", "context", "create", "sx-engine2", "--docker", "host=" + host],
                       env=cenv, check=True, capture_output=True, timeout=60)
        r = run(["--context", "sx-engine2", "--image", "sandexec-remote-only:1", "strategy.py"],
                tmp, env=cenv)
        expect(r, 0, "ok")
        check(r.report["result"] == {"engine": 2}, repr(r))
        r = run(["--context", "sx-engine2", "--data", tmp, "strategy.py"], tmp, env=cenv)
        expect(r, 2, "usage_error")
        check("context" in r.report["error"], repr(r))
        # The first engine has no such image: the same run there is refused.
        r = run(["--image", "sandexec-remote-only:1", "strategy.py"], tmp)
        expect(r, 6, "sandbox_unavailable")
        left = subprocess.run(["docker", "ps", "-aq", "--filter", "label=sandexec.run"],
                              env=env2, capture_output=True, text=True).stdout.split()
        check(left == [], "left on the second engine: %s" % left)
    finally:
        stop_engine(base, daemon, log)


def case_doctor(tmp):
    p = subprocess.run([SANDEXEC, "doctor"], cwd=tmp, env=isolated_env(tmp), capture_output=True,
                       text=True, timeout=120)
    check(p.returncode == 0, p)
    for what in ("docker CLI", "docker daemon", "sandbox image", "memory, pids cgroups",
                 "seccomp profile", "kernel seccomp", "direct interpreter", "event log"):
        check(re.search(r"^ok +%s " % re.escape(what), p.stdout, re.M), "%s: %s" % (what, p.stdout))
    p = subprocess.run([SANDEXEC, "doctor", "-s"], cwd=tmp, env=isolated_env(tmp),
                       capture_output=True, text=True, timeout=60)
    check(p.returncode == 2, p)
    env = isolated_env(tmp, SANDEXEC_DOCKER_IMAGE="sandexec-no-such-image:0")
    p = subprocess.run([SANDEXEC, "doctor"], cwd=tmp, env=env, capture_output=True, text=True,
                       timeout=120)
    check(p.returncode == 1 and re.search(r"^FAIL +sandbox image", p.stdout, re.M), p)
    env = isolated_env(tmp, DOCKER_HOST="unix:///nonexistent.sock")
    p = subprocess.run([SANDEXEC, "doctor"], cwd=tmp, env=env, capture_output=True, text=True,
                       timeout=120)
    check(p.returncode == 1 and re.search(r"^FAIL +docker daemon", p.stdout, re.M), p)
    check(re.search(r"^ok +docker CLI", p.stdout, re.M), p.stdout)
    env = isolated_env(tmp, SANDEXEC_DOCKER_BINARY="/nonexistent/docker")
    p = subprocess.run([SANDEXEC, "doctor"], cwd=tmp, env=env, capture_output=True, text=True,
                       timeout=120)
    check(p.returncode == 1 and re.search(r"^FAIL +docker CLI", p.stdout, re.M), p)


def case_data_dir(tmp):
    """--data DIR: read-only at /data on a local engine; refused with a link
    out of it, with a remote engine, or without the container."""
    data = os.path.join(tmp, "data")
    os.makedirs(os.path.join(data, "sub"))
    write(data, "prices.csv", "day,close\n1,100\n")
    os.symlink("../prices.csv", os.path.join(data, "sub", "link.csv"))
    # What a strategy under the default policy can do: pandas reads it.
    script = ("import json\nimport pandas as pd\n"
              "rows = len(pd.read_csv('/data/sub/link.csv'))\n"
              "try:\n"
              "    pd.DataFrame({'a': [1]}).to_csv('/data/new')\n"
              "    wrote = 'allowed'\n"
              "except OSError as e:\n"
              "    wrote = e.strerror\n"
              "print(json.dumps({'rows': rows, 'write': wrote}))\n")
    r = sx(tmp, script, "--data", data, SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 0, "ok")
    # gVisor's gofer refuses the write to a read-only mount with EACCES.
    refused = "Permission denied" if RUNTIME == "runsc" else "Read-only file system"
    check(r.report["result"] == {"rows": 1, "write": refused}, repr(r))
    check(not os.path.exists(os.path.join(data, "new")), "wrote through the mount")
    os.symlink("/etc/passwd", os.path.join(data, "escape"))
    r = sx(tmp, script, "--data", data)
    expect(r, 2, "usage_error")
    check("pointing outside" in r.report["error"] and "escape" in r.report["error"], repr(r))
    os.unlink(os.path.join(data, "escape"))
    r = sx(tmp, script, "--data", data, DOCKER_HOST="tcp://127.0.0.1:1")
    expect(r, 2, "usage_error")
    check("remote engine" in r.report["error"], repr(r))
    r = sx(tmp, script, "--data", data, "--direct")
    expect(r, 2, "usage_error")
    r = sx(tmp, script, "--data", os.path.join(data, "prices.csv"))
    expect(r, 2, "usage_error")
    check("not a directory" in r.report["error"], repr(r))


PODMAN = ["--set", "docker.binary=podman", "--set", "docker.runtime=runc",
          "--set", "docker.nproc=4096", "--image", "localhost/" + IMAGE]


def podman_ready():
    """podman with the sandbox image in its own storage (loaded from docker)."""
    if subprocess.run(["podman", "image", "exists", "localhost/" + IMAGE]).returncode != 0:
        save = subprocess.Popen(["docker", "save", IMAGE], stdout=subprocess.PIPE)
        subprocess.run(["podman", "load", "-q"], stdin=save.stdout, check=True,
                       capture_output=True, timeout=170)
        save.wait(timeout=60)


def case_podman(tmp):
    """The same argv under podman: ok, a timeout that removes the container,
    the hardening, nothing left."""
    podman_ready()
    r = run(PODMAN + ["examples/sma_crossover.py"], SOURCE_ROOT)
    expect(r, 0, "ok")
    check("sharpe" in r.report["result"], repr(r))
    write(tmp, "probe.py", PROBE)
    r = run(PODMAN + ["--set", "validator.enabled=false", "probe.py"], tmp)
    expect(r, 0, "ok")
    p = r.report["result"]
    check(p["uid"] != 0 and int(p["CapEff"], 16) == 0 and p["NoNewPrivs"] == "1", p)
    check(p["Seccomp"] == "2" and p["write_root"] in ("EROFS", "EACCES"), p)
    check(p["inet_socket"] in ("EPERM", "EACCES"), p)
    write(tmp, "loop.py", "while True:\n    pass\n")
    r = run(PODMAN + ["--timeout", "2", "loop.py"], tmp)
    expect(r, 124, "timeout")
    left = subprocess.run(["podman", "ps", "-aq", "--filter", "label=sandexec.run"],
                          capture_output=True, text=True, timeout=60).stdout.split()
    check(left == [], "left behind under podman: %s" % left)



def case_evasion_corpus_rejected(tmp):
    """Every public escape in tests/data/evasion is rejected by a docker-mode
    run before anything starts: exit 4, its violations in the report."""
    corpus = os.path.join(SOURCE_ROOT, "tests", "data", "evasion")
    names = sorted(f for f in os.listdir(corpus) if f.endswith(".py"))
    check(len(names) >= 100, len(names))
    for name in names:
        r = run(["--image", IMAGE, os.path.join(corpus, name)], tmp,
                SANDEXEC_VALIDATOR_ENABLED="true")
        expect(r, 4, "rejected")
        check(r.report["violations"] and all(v["rule"] and v["line"] >= 0
                                              for v in r.report["violations"]), repr(r))


def case_module_table_current(tmp):
    """share/sandexec/modules.table is what gen-module-table.py makes in the
    image: the static check follows the numpy and pandas strategies get."""
    share = os.path.join(SOURCE_ROOT, "share", "sandexec")
    with open(os.path.join(share, "gen-module-table.py"), "rb") as script:
        p = subprocess.run(["docker", "run", "--rm", "-i", "--network", "none", IMAGE,
                            "python3", "-"], stdin=script, capture_output=True, timeout=170)
    check(p.returncode == 0, p.stderr.decode()[-500:])
    with open(os.path.join(share, "modules.table"), "rb") as f:
        committed = f.read()
    check(p.stdout == committed,
          "modules.table is stale: regenerate it (README, The static check)")
    check(b"\nx numpy.lib.format\n" in committed and b"\nd pandas.read_pickle\n" in committed,
          "the table lost entries the check relies on")
def case_container_own_deadline(tmp):
    """An orphaned container (sandexec SIGKILLed, its client gone) stops on
    its own: the supervisor kills the script at timeout + margin and exits,
    and --rm removes the container; no sweep is needed."""
    write(tmp, "slow.py", "import time\ntime.sleep(1000)\n")
    log = os.path.join(tmp, "ev.log")
    # Long enough that sandexec is killed before its own timeout ends the run.
    p = subprocess.Popen([SANDEXEC, "--image", IMAGE, "--timeout", "5", "--log", log,
                          "slow.py"], cwd=tmp, env=isolated_env(tmp), stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    run_id = None
    end = time.monotonic() + 30
    while run_id is None and time.monotonic() < end:
        if os.path.exists(log) and os.path.getsize(log):
            run_id = events(log)[0]["run_id"]
        else:
            time.sleep(0.05)
    wait_for_container(run_id, timeout=20)
    t0 = time.monotonic()
    os.killpg(p.pid, signal.SIGKILL)  # sandexec and its docker client
    p.communicate(timeout=30)
    check(containers(run_id), "the container did not outlive sandexec")
    # 5 s of timeout + the 5 s margin, counted from the container's start.
    while containers(run_id) and time.monotonic() - t0 < 30:
        time.sleep(0.2)
    left = containers(run_id)
    if left:
        subprocess.run(["docker", "rm", "-f"] + left, capture_output=True, timeout=60)
    check(left == [], "the container outlived its own deadline")


def fake_docker(tmp, body):
    """A docker CLI that runs body (sh) before handing over to the real one."""
    real = subprocess.run(["sh", "-c", "command -v docker"], capture_output=True, text=True,
                          check=True).stdout.strip()
    path = write(tmp, "fake-docker", "#!/bin/sh\n%s\nexec %s \"$@\"\n" % (body, real))
    os.chmod(path, 0o755)
    return path


def case_hung_engine_falls_back(tmp):
    """A docker CLI that never answers: no start marker came, so nothing of
    the script ran. That is the engine's failure (sandbox_unavailable), and
    with --fallback the script runs directly; never a timeout."""
    fake = fake_docker(tmp, "trap '' TERM INT HUP\nsleep 1000")
    write(tmp, "strategy.py", "import json\nprint(json.dumps({'where': 'host'}))\n")
    log = os.path.join(tmp, "ev.log")
    r = run(["--set", "docker.binary=" + fake, "--timeout", "2", "--fallback", "--log", log,
             "strategy.py"], tmp, timeout=90)
    expect(r, 0, "ok")
    check(r.report["mode"] == "direct" and r.report["fallback"] is True, repr(r))
    ev = events(log)
    failed = [e for e in ev if e["event_type"] == "sandbox_mode_failed"]
    # Under gVisor the runtime is checked first (docker info), and that is
    # where the hung engine is met: nothing started either way.
    hung = ("runtimes could not be listed" if RUNTIME == "runsc" else
            "did not start the interpreter")
    check(len(failed) == 1 and hung in failed[0]["message"], ev)
    if RUNTIME != "runsc":
        clean = [e for e in ev if e["event_type"] == "docker_cleanup"]
        check(len(clean) == 1 and clean[0]["removed"] is False and
              clean[0]["level"] == "ERROR", clean)
    r = run(["--set", "docker.binary=" + fake, "--timeout", "2", "strategy.py"], tmp,
            timeout=90)
    expect(r, 6, "sandbox_unavailable")
    check((hung if RUNTIME == "runsc" else "did not start the interpreter within 2000 ms")
          in r.report["error"], repr(r))


def case_rm_hangs_is_reported(tmp):
    """docker rm that never answers: the container is still up, and the
    report and the docker_cleanup event say so; the run record stays for a
    later sweep."""
    fake = fake_docker(tmp, 'for a in "$@"; do [ "$a" = rm ] && { trap "" TERM; '
                            'sleep 1000; }; [ "$a" = run ] && break; done')
    write(tmp, "slow.py", "import time\nprint('started', flush=True)\ntime.sleep(1000)\n")
    log = os.path.join(tmp, "ev.log")
    # A stop by signal: the container's own deadline (60 s + margin) is far.
    p = subprocess.Popen([SANDEXEC, "--set", "docker.binary=" + fake, "--image", IMAGE,
                          "--timeout", "60", "--log", log, "slow.py"], cwd=tmp,
                         env=isolated_env(tmp), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True)
    wait_for_container(timeout=30)
    time.sleep(0.5)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=90)
    r = Run(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    try:
        expect(r, 128 + signal.SIGTERM, "interrupted")
        run_id = r.report["run_id"]
        check(containers(run_id), "the container is gone after all")
        check("may still be running" in r.report["error"], repr(r))
        check("killed" not in r.report["error"], repr(r))
        clean = [e for e in events(log) if e["event_type"] == "docker_cleanup"]
        check(len(clean) == 1, clean)
        c = clean[0]
        check(c["removed"] is False and c["removed_by"] == "not confirmed", c)
        check(c["level"] == "ERROR" and c["rm_timed_out"] is True, c)
        records = os.path.join(tmp, ".local/state/sandexec/runs")
        check(os.listdir(records) == [run_id], os.listdir(records))
    finally:
        if r.report and r.report.get("run_id"):
            left = containers(r.report["run_id"])
            if left:
                subprocess.run(["docker", "rm", "-f"] + left, capture_output=True, timeout=60)


def case_early_sigterm(tmp):
    """SIGTERM a few ms after the start, before the engine has created the
    container: the removal is repeated until it is gone, so the script does
    not run on for the stop grace."""
    write(tmp, "alive.py", "import time\nt0 = time.monotonic()\nwhile True:\n"
          "    print('alive %.1fs' % (time.monotonic() - t0), flush=True)\n"
          "    time.sleep(0.5)\n")
    for delay in (0.005, 0.3):
        t0 = time.monotonic()
        p = subprocess.Popen([SANDEXEC, "--image", IMAGE, "alive.py"], cwd=tmp,
                             env=isolated_env(tmp), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
        # Once the docker client has been started (the engine is then
        # still creating the container), and delay later.
        kids = "/proc/%d/task/%d/children" % (p.pid, p.pid)
        while p.poll() is None and not open(kids).read().strip():
            time.sleep(0.001)
        time.sleep(delay)
        p.send_signal(signal.SIGTERM)
        out, err = p.communicate(timeout=60)
        elapsed = time.monotonic() - t0
        r = Run(subprocess.CompletedProcess(p.args, p.returncode, out, err))
        expect(r, 128 + signal.SIGTERM, "interrupted")
        check(elapsed < 6, "took %.1f s after SIGTERM at %g s: %r" % (elapsed, delay, r))
        check("alive 5." not in (r.report["stdout"] or ""), repr(r))
        no_container_left(r)


GVISOR_PROBE = r'''
import ctypes, json, os, resource, threading
libc = ctypes.CDLL(None, use_errno=True)
def call(nr, *args):
    ctypes.set_errno(0)
    return "allowed" if libc.syscall(nr, *args) == 0 else os.strerror(ctypes.get_errno())
t = threading.Thread(target=lambda: None)
t.start()
t.join()
print(json.dumps({"kernel": open("/proc/version").read(), "unshare": call(272, 0),
                  "clone3": call(435, 0, 0), "thread": "started",
                  "nproc": resource.getrlimit(resource.RLIMIT_NPROC)[0],
                  "nofile": resource.getrlimit(resource.RLIMIT_NOFILE)[0]}))
'''


def case_runsc_tier(tmp):
    """Under runsc: the script meets gVisor's kernel, not the host's; the
    profile is enforced (unshare denied) and only the profile denies it
    (the same argv with seccomp=unconfined lets it through); threads start
    (clone3 answers ENOSYS, not EPERM); docker.pids_limit is the script's
    RLIMIT_NPROC and the host cgroup gets the sandbox's share on top."""
    r = sx(tmp, GVISOR_PROBE, "--pids-limit", "64")
    expect(r, 0, "ok")
    p = r.report["result"]
    check(p["kernel"] != open("/proc/version").read(), "the host's kernel: %s" % p)
    check(p["unshare"] == "Operation not permitted", p)
    check(p["clone3"] == "Function not implemented" and p["thread"] == "started", p)
    check(p["nproc"] == 64 and p["nofile"] == 256, p)
    words = shlex.split(run(["--image", IMAGE, "--pids-limit", "64", "--dry-run", "strategy.py"],
                            tmp).stdout)
    argv = words[words.index("|") + 1:]  # what follows the stdin group
    check(argv[argv.index("--runtime") + 1] == RUNTIME, argv)
    check(argv[argv.index("--pids-limit") + 1] == str(64 + 8 * 64), argv)
    check("nproc=64:64" in argv, argv)
    check(any(a.startswith("seccomp=") and a.endswith("/seccomp-gvisor.json") for a in argv),
          argv)
    argv = ["seccomp=unconfined" if a.startswith("seccomp=") else a for a in argv]
    # The supervisor's stdin: the script's length, the script, the
    # arguments' length (none), a nonce.
    script = open(os.path.join(tmp, "strategy.py"), "rb").read()
    q = subprocess.run(argv, input=b"%d\n" % len(script) + script + b"0\n" + b"0" * 32 + b"\n",
                       capture_output=True, timeout=120)
    lines = [l for l in q.stdout.decode().split("\n") if l.startswith("{")]
    check(lines and json.loads(lines[-1])["unshare"] == "allowed",
          "denied even unconfined: %s %s" % (q.stdout, q.stderr))


def case_runsc_oom_and_kills(tmp):
    """gVisor's sandbox dies whole at the memory limit, supervisor and end
    line included: the engine's oom event still makes it `oom`, while a
    script that SIGKILLs itself stays a strategy_error, and one that kills
    its supervisor an internal_error (its end unknown)."""
    r = sx(tmp, "x = []\nwhile True:\n    x.append(bytearray(32 << 20))\n", "--memory", "128m")
    expect(r, 8, "oom")
    check(r.report["signal"] == 9 and r.report["exit_code"] is None, repr(r))
    no_container_left(r)
    r = sx(tmp, "import os\nos.kill(os.getpid(), 9)\n")
    expect(r, 1, "strategy_error")
    check(r.report["signal"] == 9, repr(r))
    # gVisor lets the script kill PID 1: with no trailer how the script
    # ended is unknown, and the container's 137 is not the script's.
    r = sx(tmp, "import os\nos.kill(os.getppid(), 9)\nimport time\ntime.sleep(5)\n")
    expect(r, 70, "internal_error")
    check("without its trailer" in r.report["error"] and r.report["exit_code"] is None,
          repr(r))
    no_container_left(r)


def case_runsc_register_and_reload(tmp):
    """On a private engine (its own dockerd and daemon.json): runsc without
    --oci-seccomp is refused by a run and failed by doctor; after
    scripts/register-runsc.py and a SIGHUP, the same daemon (same pid,
    settings kept) has it as the gVisor tier needs."""
    base = tempfile.mkdtemp(prefix="sx-engine3-", dir="/tmp")
    sock = os.path.join(base, "docker.sock")
    conf = os.path.join(base, "daemon.json")
    with open(conf, "w") as f:
        json.dump({"labels": ["sx-test=keep"], "runtimes": {
            "runsc": {"path": shutil.which("runsc") or "/usr/bin/runsc",
                      "runtimeArgs": ["--platform=ptrace", "--network=none"]}}}, f)
    log = open(os.path.join(base, "dockerd.log"), "w")
    daemon = subprocess.Popen(
        ["dockerd", "--config-file", conf, "--host", "unix://" + sock,
         "--data-root", os.path.join(base, "data"), "--exec-root", os.path.join(base, "exec"),
         "--pidfile", os.path.join(base, "pid"), "--bridge", "none", "--iptables=false",
         "--ip6tables=false"], stdout=log, stderr=log, start_new_session=True)
    env2 = dict(os.environ, DOCKER_HOST="unix://" + sock)

    def runtimes():
        p = subprocess.run(["docker", "info", "--format", "{{json .Runtimes}}"], env=env2,
                           capture_output=True, text=True, timeout=30)
        return json.loads(p.stdout) if p.returncode == 0 else None

    try:
        for _ in range(60):
            if runtimes() is not None:
                break
            time.sleep(0.5)
        else:
            raise AssertionError("private dockerd did not start: %s"
                                 % open(os.path.join(base, "dockerd.log")).read()[-2000:])
        write(tmp, "strategy.py", "print('{}')\n")
        r = run(["--fallback", "strategy.py"], tmp, DOCKER_HOST=env2["DOCKER_HOST"],
                SANDEXEC_DOCKER_RUNTIME="runsc")
        expect(r, 3, "config_error")
        check("--oci-seccomp" in r.report["error"], repr(r))
        d = run(["doctor"], tmp, DOCKER_HOST=env2["DOCKER_HOST"],
                SANDEXEC_DOCKER_RUNTIME="runsc")
        check(re.search(r"^FAIL +runtime .*without --oci-seccomp", d.stdout, re.M), d.stdout)
        p = subprocess.run([sys.executable, os.path.join(SOURCE_ROOT, "scripts",
                                                         "register-runsc.py"), conf],
                           capture_output=True, text=True, timeout=30)
        check(p.returncode == 0 and p.stdout == "changed\n", p)
        os.kill(daemon.pid, signal.SIGHUP)
        for _ in range(40):
            rt = runtimes() or {}
            if "--oci-seccomp" in rt.get("runsc", {}).get("runtimeArgs", []):
                break
            time.sleep(0.25)
        else:
            raise AssertionError("not reloaded: %s" % runtimes())
        check(daemon.poll() is None, "the daemon went away")
        info = subprocess.run(["docker", "info", "--format", "{{json .Labels}}"], env=env2,
                              capture_output=True, text=True, timeout=30).stdout
        check("sx-test=keep" in info, info)
        d = run(["doctor"], tmp, DOCKER_HOST=env2["DOCKER_HOST"],
                SANDEXEC_DOCKER_RUNTIME="runsc")
        check(re.search(r"^ok +runtime +runsc: gVisor, platform ptrace, seccomp enforced",
                        d.stdout, re.M), d.stdout)
    finally:
        stop_engine(base, daemon, log)


def case_signal_after_script_ended(tmp):
    """A SIGTERM that comes after the run ended, while sandexec removes the
    container after a timeout (sent by the CLI's wrapper just before the real
    engine's docker rm), still counts: interrupted, 128+15, and the message
    keeps what the run had come to."""
    fake = fake_docker(tmp, 'for a in "$@"; do [ "$a" = rm ] && kill -TERM $PPID; '
                            '[ "$a" = run ] && break; done')
    write(tmp, "s.py", "import time\nprint('{}', flush=True)\ntime.sleep(100)\n")
    # 3 s: gVisor under load takes more than one to start the interpreter,
    # and the run is then sandbox_unavailable, not a timeout
    r = run(["--set", "docker.binary=" + fake, "--image", IMAGE, "--timeout", "3", "s.py"],
            tmp, timeout=90)
    expect(r, 128 + signal.SIGTERM, "interrupted")
    check(r.report["result"] is None, repr(r))
    check("after the script ended (the run was timeout" in r.report["error"], repr(r))
    no_container_left(r)


def case_log_fifo_in_state_dir(tmp):
    """A FIFO planted at the default event log path (the state directory
    is writable by direct-mode scripts) neither hangs a docker run, its
    --timeout ignored, nor doctor: one warning, the run goes on."""
    state = os.path.join(tmp, "st")
    os.makedirs(os.path.join(state, "sandexec"), mode=0o700)
    os.mkfifo(os.path.join(state, "sandexec", "sandbox_execution.json.log"), 0o600)
    try:
        r = sx(tmp, "print('{\"ok\": 1}')\n", "--timeout", "20s", timeout=60,
               XDG_STATE_HOME=state)
    except subprocess.TimeoutExpired:
        check(False, "the run hung on a FIFO log")
    expect(r, 0, "ok")
    check(r.report["mode"] == "docker" and r.report["result"] == {"ok": 1}, repr(r))
    check(r.stderr.count("event log") == 1 and "No such device or address" in r.stderr, repr(r))
    no_container_left(r)
    try:
        p = subprocess.run([SANDEXEC, "doctor"], cwd=tmp,
                           env=isolated_env(tmp, XDG_STATE_HOME=state),
                           capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        check(False, "doctor hung on a FIFO log")
    check(re.search(r"^warn +event log .*No such device or address", p.stdout, re.M), p.stdout)


# What a run cost (tests/usage.py): the supervisor reaps the script's tree
# and reports it in its trailer.
def case_usage_cpu_memory(tmp):
    no_container_left(usage.usage_cpu_memory(tmp, ["--image", IMAGE]))


def case_usage_children(tmp):
    no_container_left(usage.usage_children(tmp, ["--image", IMAGE]))


def case_usage_timeout(tmp):
    """Stopped by sandexec, the container's supervisor is killed before it
    can report: CPU and memory are null, the wall time is sandexec's."""
    r = usage.usage_timeout(tmp, ["--image", IMAGE])
    u = r.report["usage"]
    check(u["cpu_user_ms"] is None and u["cpu_sys_ms"] is None and u["max_rss_kib"] is None, u)
    no_container_left(r)


def case_usage_oom(tmp):
    """Killed by the memory cgroup's OOM killer, the script is reaped by its
    supervisor, which survives it: usage is all known, at the limit."""
    write(tmp, "strategy.py", "b = bytearray(512 * 1024 * 1024)\n")
    log = os.path.join(tmp, "ev.log")
    r = run(["--image", IMAGE, "--memory", "64m", "--log", log, "strategy.py"], tmp)
    expect(r, 8, "oom")
    u = r.report["usage"]
    if RUNTIME == "runsc":
        # gVisor's OOM kill ends the whole sandbox, supervisor included:
        # nobody is left to report (man/sandexec.1, usage).
        check(u["cpu_user_ms"] is None and u["max_rss_kib"] is None, u)
        check(isinstance(u["wall_ms"], int), u)
    else:
        check(all(isinstance(u[k], int) for k in usage.KEYS), u)
        # At the limit: the peak counts file-backed pages too, so a little
        # over; more in a spare, whose process mapped the preloaded modules.
        check(32 * 1024 < u["max_rss_kib"] <= (96 if r.report["warm"] else 80) * 1024, u)
    usage.check_finished(log, r)
    no_container_left(r)


def case_usage_not_run(tmp):
    usage.usage_not_run(tmp, ["--image", IMAGE])


def case_supervisor_failure_is_not_the_script(tmp):
    """An exception in the supervisor's own code after the start marker
    (injected by a docker CLI that edits the bootstrap in the argv) exits
    121 without a trailer: internal_error, never the script's status."""
    real = subprocess.run(["sh", "-c", "command -v docker"], capture_output=True, text=True,
                          check=True).stdout.strip()
    fake = write(tmp, "fake-docker",
                 "#!%s\n"
                 "import os, sys\n"
                 "argv = sys.argv[1:]\n"
                 "done = False\n"
                 "for i, a in enumerate(argv):\n"
                 "    if 'def supervise(' in a:\n"
                 "        b = a.replace('        status = None\\n',\n"
                 "                      '        raise RuntimeError(\\'injected\\')\\n', 1)\n"
                 "        assert b != a, 'the injection point moved'\n"
                 "        argv[i] = b\n"
                 "        done = True\n"
                 "assert done or argv[0] != 'run', 'no supervisor in the argv'\n"
                 "os.execv(%r, [%r] + argv)\n" % (sys.executable, real, real))
    os.chmod(fake, 0o755)
    write(tmp, "s.py", "import json\nprint(json.dumps({'x': 1}))\n")
    r = run(["--image", IMAGE, "--set", "docker.binary=" + fake, "s.py"], tmp)
    expect(r, 70, "internal_error")
    check("the supervisor failed" in r.report["error"], repr(r))
    check(r.report["exit_code"] is None and r.report["result"] is None, repr(r))
    check("sandexec supervisor: failed: RuntimeError('injected')" in r.stderr, repr(r))
    no_container_left(r)


def case_require(tmp):
    """output.require: a missing key, a wrong type, a broken bound, NaN, all
    good; the report's result_errors and the events, exit 9."""
    from requirecases import check_require
    check_require(tmp, ["--image", IMAGE])


def engine_error_said_once(r, code, status, *words):
    """One line of stderr, sandexec's, naming the cause and what to do;
    none of docker's own lines (its error, "Run 'docker run --help'")."""
    expect(r, code, status)
    lines = [l for l in r.stderr.splitlines() if l.strip()]
    check(len(lines) == 1 and lines[0].startswith("sandexec: strategy.py: %s: " % status),
          "not one error line: %r" % r)
    check("--help" not in r.stderr and not r.stderr.startswith("docker"), repr(r))
    for w in words:
        check(w in lines[0] and w in r.report["error"], "%r not in %r" % (w, r))


def case_engine_errors_once_with_next_step(tmp):
    """docker's errors before the start marker are held and said once, in
    sandexec's error line, with what to do; the script's own stderr, after
    the marker, still passes through."""
    ok = "import json, sys\nprint('early', file=sys.stderr)\nprint(json.dumps({'a': 1}))\n"
    write(tmp, "strategy.py", ok)
    r = run(["--image", "sandexec-no-such-image:none", "strategy.py"], tmp)
    engine_error_said_once(r, 6, "sandbox_unavailable", "No such image",
                           "build-image.sh", "Dockerfile")
    r = sx(tmp, ok, DOCKER_HOST="tcp://127.0.0.1:1")
    engine_error_said_once(r, 6, "sandbox_unavailable", "Cannot connect", "sandexec doctor")
    r = sx(tmp, ok, "--set", "docker.runtime=sandexec-no-such-runtime")
    engine_error_said_once(r, 3, "config_error", "not registered", "sandexec doctor")
    # A user outside the docker group, for real: nobody through setpriv.
    check(os.geteuid() == 0, "this case needs root to become nobody")
    home = os.path.join(tmp, "nobody")
    os.makedirs(home)
    os.chmod(tmp, 0o755)
    os.chmod(home, 0o777)
    os.chmod(write(home, "strategy.py", ok), 0o644)
    env = isolated_env(home, DOCKER_HOST="unix:///var/run/docker.sock")
    os.chmod(env["XDG_RUNTIME_DIR"], 0o777)
    proc = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                           SANDEXEC, "--image", IMAGE, "strategy.py"], cwd=home, env=env,
                          capture_output=True, text=True, timeout=120)
    engine_error_said_once(Run(proc), 6, "sandbox_unavailable", "permission denied",
                           "docker group")
    # After the marker the script's stderr is its own, passed through.
    r = sx(tmp, ok)
    expect(r, 0, "ok")
    check(r.stderr == "early\n", repr(r))


def case_text_format_shows_stdout_tail(tmp):
    """--format text without a result shows the end of the script's stdout
    (escaped), which usually says why; with a result it does not."""
    r = sx(tmp, "for i in range(15):\n    print('line', i)\nprint('\\x1b[31mred')\n"
                "raise SystemExit(3)\n", "--format", "text")
    check(r.code == 1 and r.stdout.startswith("strategy_error: strategy.py in docker"), repr(r))
    tail = r.stdout.split("stdout (its last ")[1].splitlines()[1:]
    check(tail == ["  line %d" % i for i in range(6, 15)] + ["  \\x1b[31mred"], repr(r))
    r = sx(tmp, "print('the data file was empty')\n", "--format", "text")
    check(r.code == 5 and r.stdout.endswith("\nstdout:\n  the data file was empty\n"), repr(r))
    r = sx(tmp, "print('chatter')\nprint('{\"a\": 1}')\n", "--format", "text")
    check(r.code == 0 and "chatter" not in r.stdout, repr(r))


ARGV_SCRIPT = "import json, sys\nprint(json.dumps({'argv': sys.argv}))\n"


def case_script_args(tmp):
    """The words after the strategy are the script's sys.argv[1:] in the
    container, through the supervisor's stdin, never in the docker argv; a
    word that looks like an option of sandexec or docker is the script's."""
    write(tmp, "a.py", ARGV_SCRIPT)
    words = ["--fast", "5", "", "-v", "--rm", "with space", "\u00e9\u4e16", "a=b"]
    r = run(["--image", IMAGE, "a.py"] + words, tmp)
    expect(r, 0, "ok")
    check(r.report["result"]["argv"] == ["a.py"] + words, repr(r))
    check(r.report["args"] == words, repr(r))
    no_container_left(r)
    r = run(["--image", IMAGE, "--dry-run", "--format", "json", "a.py"] + words, tmp)
    check(r.code == 0, repr(r))
    d = json.loads(r.stdout)
    check(d["args"] == words and "with space" not in d["argv"], repr(r))
    write(tmp, "-x.py", ARGV_SCRIPT)
    r = run(["--image", IMAGE, "--", "-x.py", "--fast", "5"], tmp)
    expect(r, 0, "ok")
    check(r.report["result"]["argv"] == ["-x.py", "--fast", "5"], repr(r))


def case_output_file(tmp):
    """-o FILE: an ok report goes to FILE (mode 0666 less the umask) and
    stdout stays empty; any other outcome leaves FILE as it was and prints
    the report on stdout."""
    write(tmp, "a.py", ARGV_SCRIPT)
    write(tmp, "bad.py", "import sys\nsys.exit(3)\n")
    out = os.path.join(tmp, "res", "a.json")
    os.makedirs(os.path.dirname(out))
    r = run(["--image", IMAGE, "-o", out, "a.py", "1"], tmp)
    check(r.code == 0 and r.stdout == "" and r.stderr == "", repr(r))
    with open(out) as f:
        rep = json.loads(f.read())
    check(rep["status"] == "ok" and rep["result"]["argv"] == ["a.py", "1"], rep)
    check(stat.S_IMODE(os.stat(out).st_mode) == 0o644, oct(os.stat(out).st_mode))
    check(os.listdir(os.path.dirname(out)) == ["a.json"], os.listdir(os.path.dirname(out)))
    before = open(out).read()
    r = run(["--image", IMAGE, "--output", out, "bad.py"], tmp)
    expect(r, 1, "strategy_error")
    check(open(out).read() == before, "the output file changed on failure")
    check(os.listdir(os.path.dirname(out)) == ["a.json"], os.listdir(os.path.dirname(out)))
    missing = os.path.join(tmp, "res", "b.json")
    r = run(["--image", IMAGE, "-o", missing, "bad.py"], tmp)
    expect(r, 1, "strategy_error")
    check(not os.path.exists(missing), "a failed run created the output file")


def make_env(tmp):
    env = isolated_env(tmp, SANDEXEC_DOCKER_IMAGE=IMAGE)
    env["SANDEXEC"] = SANDEXEC
    return env


def case_example_makefile(tmp):
    """examples/Makefile, for real: make -j4 over 8 strategies builds the 7
    that succeed; the failing one fails the build and leaves no target; a
    second make runs only that one again; an interrupted run leaves neither
    its target nor a temporary file."""
    shutil.copy(os.path.join(SOURCE_ROOT, "examples", "Makefile"), tmp)
    os.makedirs(os.path.join(tmp, "strategies"))
    for name in ("buy_and_hold", "momentum"):
        shutil.copy(os.path.join(SOURCE_ROOT, "examples", "strategies", name + ".py"),
                    os.path.join(tmp, "strategies"))
    for i in range(5):
        write(tmp, "strategies/s%d.py" % i,
              "import json, sys\nprint(json.dumps({'n': %d, 'argv': sys.argv}))\n" % i)
    write(tmp, "strategies/broken.py", "import sys\nsys.exit(1)\n")
    env = make_env(tmp)
    cmd = ["make", "-j4", "-k", "SANDEXEC=" + SANDEXEC]
    p = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
    check(p.returncode != 0, "make succeeded over a failing strategy: %r" % (p,))
    res = os.path.join(tmp, "results")
    got = sorted(os.listdir(res))
    want = sorted(["buy_and_hold.json", "momentum.json", "momentum_120.json"] +
                  ["s%d.json" % i for i in range(5)])
    check(got == want, (got, p.stderr))
    check("sandexec: strategies/broken.py: strategy_error:" in p.stderr, p.stderr)
    for f in got:
        rep = json.load(open(os.path.join(res, f)))
        check(rep["status"] == "ok", rep)
    check(json.load(open(os.path.join(res, "momentum_120.json")))["result"]["strategy"]
          == "momentum_120", "the Makefile's arguments did not reach the script")
    mtimes = {f: os.stat(os.path.join(res, f)).st_mtime_ns for f in got}
    write(tmp, "strategies/broken.py", "print('{\"fixed\": true}')\n")
    p = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True, timeout=300)
    check(p.returncode == 0, repr(p))
    check(p.stdout.count("sandexec ") == 1 and "broken.py" in p.stdout, p.stdout)
    check(json.load(open(os.path.join(res, "broken.json")))["result"] == {"fixed": True}, p)
    check(all(os.stat(os.path.join(res, f)).st_mtime_ns == m for f, m in mtimes.items()),
          "a second make ran a strategy that had its target")
    # Interrupted: SIGINT to make's process group, as ^C does.
    write(tmp, "strategies/slow.py", "import time\ntime.sleep(60)\nprint('{}')\n")
    p = subprocess.Popen(["make", "SANDEXEC=" + SANDEXEC, "results/slow.json"], cwd=tmp,
                         env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
    time.sleep(3)
    os.killpg(p.pid, signal.SIGINT)
    out, err = p.communicate(timeout=60)
    check(p.returncode != 0, (out, err))
    check(not os.path.exists(os.path.join(res, "slow.json")), "an interrupted run left its target")
    check(sorted(os.listdir(res)) == sorted(want + ["broken.json"]), os.listdir(res))
    check(b"interrupted" in out, (out, err))


CRON_LINE = "flock -n -E 75 {lock} {sandexec} -q -o {out} {strategy} 2>/dev/null"


def cron(tmp, strategy, out):
    """The documented crontab line, as cron runs it: /bin/sh -c, no
    terminal, an environment of HOME, LOGNAME, PATH and SHELL only."""
    line = CRON_LINE.format(lock=os.path.join(tmp, "s.lock"), sandexec=SANDEXEC, out=out,
                            strategy=strategy)
    return subprocess.Popen(
        ["env", "-i", "HOME=" + tmp, "LOGNAME=root", "SHELL=/bin/sh",
         "PATH=/usr/local/bin:/usr/bin:/bin", "SANDEXEC_DATADIR=" + os.environ["SANDEXEC_DATADIR"],
         "SANDEXEC_SYSTEM_CONFIG=" + os.path.join(tmp, "none.yaml"),
         "SANDEXEC_DOCKER_IMAGE=" + IMAGE, "setsid", "/bin/sh", "-c", line],
        cwd=tmp, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def case_cron_recipe(tmp):
    """The crontab recipe under env -i with no terminal: success writes
    nothing at all (an empty cron mail); a second run while the first holds
    the lock exits 75 at once; a failure writes exactly one line (the
    report, on stdout; -q keeps stderr empty) and leaves the output as it
    was."""
    write(tmp, "ok.py", "import json, time\ntime.sleep(4)\nprint(json.dumps({'ok': 1}))\n")
    # A traceback on stderr: the recipe keeps it out of the mail, and the
    # one line (the report) carries its end as stderr_tail and exception.
    write(tmp, "bad.py", "def f():\n    return 1 / 0\nf()\n")
    out = os.path.join(tmp, "out.json")
    first = cron(tmp, "ok.py", out)
    time.sleep(1)
    t0 = time.monotonic()
    second = cron(tmp, "ok.py", out)
    o2, e2 = second.communicate(timeout=30)
    check(second.returncode == 75 and o2 == b"" and e2 == b"", (second.returncode, o2, e2))
    check(time.monotonic() - t0 < 3, "the second run waited for the lock")
    o1, e1 = first.communicate(timeout=120)
    check(first.returncode == 0 and o1 == b"" and e1 == b"", (first.returncode, o1, e1))
    check(json.load(open(out))["result"] == {"ok": 1}, open(out).read())
    before = open(out).read()
    p = cron(tmp, "bad.py", out)
    o, e = p.communicate(timeout=120)
    check(p.returncode == 1, (p.returncode, o, e))
    mail = o + e
    check(mail.count(b"\n") == 1 and mail.endswith(b"\n"), mail)
    rep = json.loads(o)
    check(rep["status"] == "strategy_error", o)
    check(rep["exception"]["type"] == "ZeroDivisionError" and rep["exception"]["line"] == 2, o)
    check(open(out).read() == before, "a failed run changed the output")
    # The runs leave the spare cron's next run would claim: not the test's
    # to leave behind.
    sxtest.drop_spares(tmp)


def case_systemd_units(tmp):
    """share/systemd: the configured sandexec@.service and its timer pass
    systemd-analyze verify (the binary where the unit says, here the built
    one), and the service's ExecStart line, run as written, writes the
    report where the unit says."""
    build = os.path.dirname(os.path.dirname(os.path.abspath(SANDEXEC)))
    unit = open(os.path.join(build, "sandexec@.service")).read()
    line = re.search(r"^ExecStart=(.*)$", unit, re.M).group(1)
    words = shlex.split(line)
    check(words[0].endswith("/bin/sandexec") and words[1:4] == ["-q", "-o",
                                                             "/var/lib/sandexec/%i.json"], words)
    check(words[4].endswith("/sandexec/strategies/%i.py"), words)
    etc = os.path.dirname(os.path.dirname(words[4]))
    write(tmp, "strategies/demo.py", "import json\nprint(json.dumps({'unit': 1}))\n")
    os.makedirs(os.path.join(tmp, "state"))
    mine = (unit.replace(words[0], os.path.abspath(SANDEXEC))
                .replace("/var/lib/sandexec", os.path.join(tmp, "state"))
                .replace(etc, tmp))
    write(tmp, "sandexec@.service", mine)
    shutil.copy(os.path.join(SOURCE_ROOT, "share", "systemd", "sandexec@.timer"), tmp)
    analyze = shutil.which("systemd-analyze")
    # The set-up installs systemd: in CI the verification is never skipped.
    check(analyze or os.environ.get("CI") != "true", "systemd-analyze is missing")
    if analyze:
        os.symlink("sandexec@.service", os.path.join(tmp, "sandexec@demo.service"))
        os.symlink("sandexec@.timer", os.path.join(tmp, "sandexec@demo.timer"))
        p = subprocess.run([analyze, "verify", "--man=no", os.path.join(tmp, "sandexec@demo.service"),
                            os.path.join(tmp, "sandexec@demo.timer")],
                           capture_output=True, text=True, timeout=60)
        check(p.returncode == 0, repr(p))
    exec_line = re.search(r"^ExecStart=(.*)$", mine, re.M).group(1).replace("%i", "demo")
    p = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", "HOME=" + tmp,
                        "SANDEXEC_DATADIR=" + os.environ["SANDEXEC_DATADIR"],
                        "SANDEXEC_SYSTEM_CONFIG=" + os.path.join(tmp, "none.yaml"),
                        "SANDEXEC_DOCKER_IMAGE=" + IMAGE] + shlex.split(exec_line),
                       cwd="/", capture_output=True, text=True, timeout=120)
    check(p.returncode == 0 and p.stdout == "" and p.stderr == "", repr(p))
    rep = json.load(open(os.path.join(tmp, "state", "demo.json")))
    check(rep["result"] == {"unit": 1}, rep)
    # The unit's run left the spare a service leaves for its next run
    # (docker.spares is not 0 here): not the test's to leave behind.
    sxtest.drop_spares(tmp)


def case_readme_quick_start(tmp):
    """The README's commands before its Use section (the lines '$ ...' of
    its console blocks), run as written with sandexec on PATH, from a copy
    of the tree's examples: each exits 0; an -o FILE named there holds an
    ok report."""
    text = open(os.path.join(SOURCE_ROOT, "README.md")).read()
    text = text[:text.index("\n## Use")]
    lines = [m.group(1) for m in re.finditer(r"^\$ (.*)$", text, re.M)]
    check(len(lines) >= 3 and lines[0] == "sandexec examples/sma_crossover.py", lines)
    shutil.copytree(os.path.join(SOURCE_ROOT, "examples"), os.path.join(tmp, "examples"),
                    ignore=shutil.ignore_patterns("results"))
    env = make_env(tmp)
    env["PATH"] = os.path.dirname(os.path.abspath(SANDEXEC)) + ":" + env["PATH"]
    for line in lines:
        for w in shlex.split(line):
            if w.endswith(".json") and os.path.isabs(w) and os.path.exists(w):
                os.unlink(w)
        p = subprocess.run(["/bin/sh", "-c", line], cwd=tmp, env=env, capture_output=True,
                           text=True, timeout=300)
        check(p.returncode == 0, (line, p.returncode, p.stdout[-2000:], p.stderr[-2000:]))
        words = shlex.split(line)
        if "-o" in words:
            rep = json.load(open(words[words.index("-o") + 1]))
            check(rep["status"] == "ok" and rep["args"] == words[words.index("-o") + 3:], rep)
        elif words[0] == "sandexec":
            check(json.loads(p.stdout)["status"] == "ok", p.stdout)
    got = sorted(os.listdir(os.path.join(tmp, "examples", "results")))
    check(got == ["buy_and_hold.json", "momentum.json", "momentum_120.json"], got)


CASES = {name[len("case_"):]: fn for name, fn in sorted(globals().items())
         if name.startswith("case_")}

# Cases about something else than the runtime (another engine, podman, gc of
# hand-made containers) or that measure runc's own mechanism; the runsc-*
# registrations run every other case, and runsc_* cases only there.
NOT_UNDER_RUNSC = {"gc", "podman", "remote_engine", "limits_applied",
                   "seccomp_is_what_denies"}

# Run again in spares (suite warm): the cases that run a script in docker
# mode and check what came of it.
WARM_CASES = ["benign_strategies", "example", "exception", "exit_code", "flood_memory",
              "hardening", "no_output", "output_flood", "require", "result_edge",
              "result_exact", "script_args", "script_mimics_docker", "stderr_flood",
              "stdin_is_empty", "syntax_error", "timeout", "timeout_sigterm_ignored",
              "usage_children", "usage_cpu_memory", "usage_oom", "usage_timeout",
              "text_format_shows_stdout_tail", "sigterm", "sigint"]

if __name__ == "__main__":
    if sys.argv[1:] == ["--list-warm"]:
        print("\n".join(WARM_CASES))
        sys.exit(0)
    if sys.argv[1:] == ["--list-runsc"]:
        print("\n".join(c for c in CASES if c not in NOT_UNDER_RUNSC))
        sys.exit(0)
    if sys.argv[1:] == ["--list"]:
        print("\n".join(c for c in CASES if not c.startswith("runsc_")))
        sys.exit(0)
    sys.exit(main(CASES, prologue))
