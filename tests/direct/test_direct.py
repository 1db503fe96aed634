#!/usr/bin/env python3
"""Direct mode (no container) and the event log, driven through the binary.
These need a Python 3 on the machine but no Docker engine."""
import json
import os
import re
import signal
import stat
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sxtest import Failure, check, expect, isolated_env, main, run, write  # noqa: E402
import usage  # noqa: E402

OK_SCRIPT = "import json\nprint(json.dumps({'x': 1}))\n"
NO_DOCKER = ["--set", "docker.binary=/nonexistent/docker"]


def gone(pid):
    """The process is gone, or a zombie that only init has to reap."""
    for _ in range(100):
        try:
            state = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()[0]
        except OSError:
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


def events(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def case_ok(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--direct", "s.py"], tmp)
    expect(r, 0, "ok")
    check(r.report["mode"] == "direct" and r.report["sandboxed"] is False, repr(r))
    check(r.report["fallback"] is False and r.report["container"] is None, repr(r))
    check(r.report["result"] == {"x": 1}, repr(r))
    check("warning" in r.stderr and "without the container sandbox" in r.stderr, repr(r))


def case_sandbox_disabled_in_config(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    cfg = write(tmp, "c.yaml", "sandbox:\n  enabled: false\n")
    r = run(["--config", cfg, "s.py"] , tmp)
    expect(r, 0, "ok")
    check(r.report["mode"] == "direct" and r.report["fallback"] is False, repr(r))


def case_statuses(tmp):
    cases = [
        ("raise SystemExit(3)\n", 1, "strategy_error", 3),
        ("x = 1\n", 5, "no_result", 0),
        ("import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n", 1, "strategy_error", None),
    ]
    for script, code, status, exit_code in cases:
        write(tmp, "s.py", script)
        r = run(["--direct", "s.py"], tmp)
        expect(r, code, status)
        check(r.report["exit_code"] == exit_code, repr(r))
    check(r.report["signal"] == 9, repr(r))


def case_timeout_kills_tree(tmp):
    """The deadline kills the script, its children, and one that left its session."""
    pids = os.path.join(tmp, "pids")
    write(tmp, "s.py",
          "import os, subprocess, time\n"
          "child = subprocess.Popen(['sleep', '1000'])\n"
          "if os.fork() == 0:\n"
          "    os.setsid()\n"
          "    if os.fork() == 0:\n"
          "        open(%r, 'a').write('%%d\\n' %% os.getpid())\n"
          "        time.sleep(1000)\n"
          "    os._exit(0)\n"
          "open(%r, 'a').write('%%d\\n%%d\\n' %% (os.getpid(), child.pid))\n"
          "while True:\n"
          "    pass\n" % (pids, pids))
    t0 = time.monotonic()
    r = run(["--direct", "--timeout", "2", "s.py"], tmp)
    expect(r, 124, "timeout")
    check(time.monotonic() - t0 < 20, "slow")
    found = [int(p) for p in open(pids).read().split()]
    check(len(found) == 3, found)
    for pid in found:
        check(gone(pid), "pid %d survived the timeout" % pid)


def case_leftover_child(tmp):
    """A background child does not keep the run alive after the script exits."""
    write(tmp, "s.py",
          "import json, subprocess\n"
          "p = subprocess.Popen(['sleep', '1000'])\n"
          "print(json.dumps({'pid': p.pid}))\n")
    t0 = time.monotonic()
    r = run(["--direct", "s.py"], tmp)
    expect(r, 0, "ok")
    check(time.monotonic() - t0 < 10, "the run waited for its child")
    check(gone(r.report["result"]["pid"]), "the child survived")


def case_memory_limit(tmp):
    write(tmp, "s.py", "x = bytearray(1024 * 1024 * 1024)\nprint('{}')\n")
    r = run(["--direct", "--memory", "256m", "s.py"], tmp)
    expect(r, 1, "strategy_error")
    check("MemoryError" in r.stderr, repr(r))
    r = run(["--direct", "--memory", "2g", "s.py"], tmp)
    expect(r, 0, "ok")


def case_output_cap(tmp):
    write(tmp, "s.py", "import sys\nwhile True:\n    sys.stdout.write('x' * 65536)\n")
    r = run(["--direct", "--set", "output.max_stdout=64k", "s.py"], tmp)
    expect(r, 7, "output_limit")
    check(len(r.report["stdout"]) == 65536 and r.report["stdout_truncated"], repr(r.code))


def case_environment_and_limits(tmp):
    write(tmp, "s.py",
          "import json, os, resource\n"
          "st = dict(l.split(':', 1) for l in open('/proc/self/status'))\n"
          "print(json.dumps({'env': dict(os.environ), 'cwd': os.getcwd(),\n"
          "  'nofile': resource.getrlimit(resource.RLIMIT_NOFILE)[0],\n"
          "  'core': resource.getrlimit(resource.RLIMIT_CORE)[0],\n"
          "  'fsize': resource.getrlimit(resource.RLIMIT_FSIZE)[0],\n"
          "  'as': resource.getrlimit(resource.RLIMIT_AS)[0],\n"
          "  'nnp': st['NoNewPrivs'].strip(), 'sid': os.getsid(0), 'pid': os.getpid()}))\n")
    r = run(["--direct", "--memory", "1g", "s.py"], tmp, SECRET_TOKEN="do-not-leak")
    expect(r, 0, "ok")
    p = r.report["result"]
    check("SECRET_TOKEN" not in p["env"], p["env"])
    check(set(p["env"]) == {"PATH", "LANG", "HOME", "TMPDIR", "OPENBLAS_NUM_THREADS",
                            "OMP_NUM_THREADS", "MKL_NUM_THREADS"}, p["env"])
    check(p["cwd"] == p["env"]["HOME"] == p["env"]["TMPDIR"], p)
    check(re.match(r"^/tmp/sandexec-[0-9a-f]{16}-", p["cwd"]), p["cwd"])
    check(not os.path.exists(p["cwd"]), "private directory left behind: %s" % p["cwd"])
    check(p["nofile"] == 256 and p["core"] == 0 and p["fsize"] == 64 << 20, p)
    check(p["as"] == 1 << 30, p)
    check(p["nnp"] == "1" and p["sid"] == p["pid"], p)


def case_interpreter_missing(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--direct", "--set", "direct.interpreter=/nonexistent/python3", "s.py"], tmp)
    expect(r, 6, "sandbox_unavailable")
    check("/nonexistent/python3" in r.report["error"], repr(r))


def case_fallback_missing_docker_cli(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    log = os.path.join(tmp, "ev.log")
    r = run(NO_DOCKER + ["--fallback", "--log", log, "s.py"], tmp)
    expect(r, 0, "ok")
    check(r.report["mode"] == "direct" and r.report["fallback"] is True, repr(r))
    check(r.report["sandboxed"] is False, repr(r))
    check("falling back" in r.stderr or "running" in r.stderr and "directly" in r.stderr, repr(r))
    ev = events(log)
    types = [e["event_type"] for e in ev]
    check(types == ["validator_disabled", "sandbox_mode_enabled", "execution_mode_selected",
                    "docker_cleanup", "docker_execution_failed", "sandbox_mode_failed",
                    "fallback_to_direct", "execution_mode_selected", "direct_fallback_success",
                    "run_finished"], types)
    fb = ev[types.index("fallback_to_direct")]
    check(fb["level"] == "WARNING" and "/nonexistent/docker" in fb["reason"], fb)
    # Without --fallback the same run is refused.
    r = run(NO_DOCKER + ["s.py"], tmp)
    expect(r, 6, "sandbox_unavailable")
    cfg = write(tmp, "c.yaml", "sandbox:\n  fallback_to_direct: true\n")
    r = run(NO_DOCKER + ["--config", cfg, "--no-fallback", "s.py"], tmp)
    expect(r, 6, "sandbox_unavailable")
    r = run(NO_DOCKER + ["--config", cfg, "s.py"], tmp)
    expect(r, 0, "ok")


TS = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


def check_common(e):
    for k in ("timestamp", "level", "logger", "message", "event_type", "run_id",
              "iteration_num", "mode"):
        check(k in e, "%s missing from %s" % (k, e))
    check(TS.match(e["timestamp"]), e)
    check(e["level"] in ("INFO", "WARNING", "ERROR") and e["logger"] == "sandexec", e)


def case_log_fields(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    log = os.path.join(tmp, "state", "deep", "ev.log")
    r = run(["--direct", "--log", log, "--iteration", "12", "s.py"], tmp,
            SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 0, "ok")
    check(stat.S_IMODE(os.stat(log).st_mode) == 0o600, oct(os.stat(log).st_mode))
    ev = events(log)
    for e in ev:
        check_common(e)
        check(e["run_id"] == r.report["run_id"] and e["iteration_num"] == 12, e)
    types = [e["event_type"] for e in ev]
    check(types == ["validation_passed", "sandbox_mode_disabled", "execution_mode_selected",
                    "direct_execution_success", "run_finished"], types)
    check(ev[0]["violation_count"] == 0 and ev[0]["strategy"] == "s.py", ev[0])
    check(ev[1]["level"] == "WARNING" and ev[1]["mode"] is None, ev[1])
    check(ev[2]["mode"] == "direct", ev[2])
    fin = ev[-1]
    check(fin["status"] == "ok" and fin["exit_code"] == 0 and fin["duration_ms"] >= 0, fin)
    # Without --iteration it is null.
    r = run(["--direct", "--log", log, "s.py"], tmp)
    check(events(log)[-1]["iteration_num"] is None, events(log)[-1])


def case_log_default_path_and_off(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    state = os.path.join(tmp, "xdg-state")
    r = run(["--direct", "s.py"], tmp, XDG_STATE_HOME=state)
    expect(r, 0, "ok")
    path = os.path.join(state, "sandexec", "sandbox_execution.json.log")
    check(os.path.exists(path), "no log at %s" % path)
    r = run(["--direct", "s.py"], tmp)  # HOME=tmp: ~/.local/state
    check(os.path.exists(os.path.join(tmp, ".local/state/sandexec/sandbox_execution.json.log")),
          "no log under HOME")
    n = len(events(path))
    r = run(["--direct", "--no-log", "s.py"], tmp, XDG_STATE_HOME=state)
    expect(r, 0, "ok")
    cfg = write(tmp, "c.yaml", "log:\n  enabled: false\n")
    r = run(["--direct", "--config", cfg, "s.py"], tmp, XDG_STATE_HOME=state)
    expect(r, 0, "ok")
    check(len(events(path)) == n, "logged while disabled")


def case_log_unwritable(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    os.mkdir(os.path.join(tmp, "ro"))
    r = run(["--direct", "--log", "/proc/sandexec-no/such.log", "s.py"], tmp)
    expect(r, 0, "ok")
    check(r.stderr.count("event log") == 1, repr(r))
    r = run(["--direct", "--log", "/dev/full", "s.py"], tmp)
    expect(r, 0, "ok")
    check(r.stderr.count("event log") == 1 and "cannot write" in r.stderr, repr(r))


def case_validation_failed_event(tmp):
    log = os.path.join(tmp, "ev.log")
    r = run(["--log", log, "missing.py"], tmp)
    expect(r, 66, "input_error")
    ev = events(log)
    check([e["event_type"] for e in ev] == ["validation_failed", "run_finished"], ev)
    check(ev[0]["level"] == "ERROR" and ev[0]["strategy"] == "missing.py", ev[0])
    check(ev[1]["exit_code"] == 66, ev[1])


def case_concurrent_log(tmp):
    """16 concurrent runs append to one log; every line parses, none is cut."""
    write(tmp, "s.py", "import json, sys\nsys.stderr.write('x' * 3000)\n"
                       "print(json.dumps({'pad': 'y' * 5000}))\n")
    log = os.path.join(tmp, "shared.log")
    env = isolated_env(tmp)
    procs = [subprocess.Popen([os.environ["SANDEXEC"], "--direct", "--log", log,
                               "--iteration", str(i), "s.py"], cwd=tmp, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
             for i in range(16)]
    for p in procs:
        p.communicate(timeout=120)
        check(p.returncode == 0, "a run failed")
    lines = open(log).read().splitlines()
    ev = [json.loads(l) for l in lines]
    check(len(ev) == 16 * 5, len(ev))
    per_run = {}
    for e in ev:
        per_run.setdefault(e["run_id"], []).append(e["event_type"])
    check(len(per_run) == 16, per_run.keys())
    for types in per_run.values():
        check(types[-1] == "run_finished" and len(types) == 5, types)


def case_rejected_direct(tmp):
    """The static check runs in direct mode too: nothing starts."""
    flag = os.path.join(tmp, "ran")
    write(tmp, "s.py", "import os\nopen(%r, 'w')\n" % flag)
    log = os.path.join(tmp, "ev.log")
    r = run(["--direct", "--log", log, "s.py"], tmp, SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 4, "rejected")
    check(not os.path.exists(flag), "the script ran")
    v = r.report["violations"]
    check([x["rule"] for x in v] == ["forbidden-import", "forbidden-name", "host-path"], v)
    check(all(set(x) == {"file", "line", "column", "rule", "message"} for x in v), v)
    check(v[0]["file"] == "s.py" and v[0]["line"] == 1 and v[0]["column"] == 8, v)
    ev = events(log)
    check(ev[0]["event_type"] == "validation_failed" and ev[0]["violation_count"] == 3, ev[0])


def case_validator_disabled_is_logged(tmp):
    write(tmp, "s.py", "import os\nprint('{}')\n")
    log = os.path.join(tmp, "ev.log")
    r = run(["--direct", "--log", log, "--set", "validator.enabled=false", "s.py"], tmp,
            SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 0, "ok")
    ev = events(log)
    check(ev[0]["event_type"] == "validator_disabled" and ev[0]["level"] == "WARNING", ev[0])


def case_hung_docker(tmp):
    """A docker CLI that hangs (a stuck daemon) and ignores SIGTERM: the run
    still ends, bounded by the timeout plus the bounded docker rm; nothing
    of the fake is left. No start marker came, so nothing of the script
    ran: the engine's failure, not a timeout of the script."""
    fake = write(tmp, "fake-docker", "#!/bin/sh\ntrap '' TERM INT HUP\n"
                 "echo $$ >> %s/pids\nwhile :; do sleep 1; done\n" % tmp)
    os.chmod(fake, 0o755)
    write(tmp, "s.py", OK_SCRIPT)
    t0 = time.monotonic()
    r = run(["--set", "docker.binary=" + fake, "--timeout", "2", "s.py"], tmp, timeout=90)
    elapsed = time.monotonic() - t0
    expect(r, 6, "sandbox_unavailable")
    check("did not start the interpreter" in r.report["error"], repr(r))
    check("may still be running" in r.report["error"], repr(r))
    check(elapsed < 2 + 10 + 15 + 5, "took %.1f s" % elapsed)
    for pid in open(os.path.join(tmp, "pids")).read().split():
        check(gone(int(pid)), "fake docker %s still running" % pid)


def run_on_tty(args, tmp, **extra):
    """sandexec with stderr on a pseudo-terminal; returns (code, stdout, stderr)."""
    import pty
    import select
    master, slave = pty.openpty()
    p = subprocess.Popen([os.environ["SANDEXEC"]] + args, cwd=tmp, env=isolated_env(tmp, **extra),
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    err = b""
    while select.select([master], [], [], 30)[0]:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    out = p.communicate(timeout=30)[0]
    os.close(master)
    return p.returncode, out.decode(), err.decode()


SLOW = "import sys, time\nsys.stderr.write('from the script\\n')\ntime.sleep(2.5)\nsys.exit(3)\n"


def case_terminal_status_and_color(tmp):
    write(tmp, "s.py", SLOW)
    code, out, err = run_on_tty(["--direct", "--no-log", "s.py"], tmp)
    check(code == 1 and json.loads(out)["status"] == "strategy_error", out)
    check("sandexec: running s.py in direct, 1s" in err, repr(err))
    check("sandexec: running s.py in direct, 2s" in err, repr(err))
    check("\r\x1b[Ksandexec: s.py: \x1b[1;31mstrategy_error\x1b[0m:" in err, repr(err))
    check("from the script" in err, repr(err))
    code, out, err = run_on_tty(["--direct", "--no-log", "s.py"], tmp, NO_COLOR="1")
    check("\x1b[1;31m" not in err and "sandexec: s.py: strategy_error:" in err, repr(err))
    # Not a terminal: no status line, no escape sequences.
    r = run(["--direct", "--no-log", "s.py"], tmp)
    check("\x1b" not in r.stderr and "running s.py in direct" not in r.stderr, repr(r))
    check("sandexec: s.py: strategy_error: the script exited with status 3" in r.stderr, repr(r))


def case_quiet(tmp):
    write(tmp, "s.py", SLOW)
    code, out, err = run_on_tty(["--direct", "--no-log", "-q", "s.py"], tmp)
    check(code == 1 and json.loads(out)["status"] == "strategy_error", out)
    check(err.replace("\r", "") == "from the script\n", repr(err))
    r = run(["--direct", "--quiet", "--log", "/proc/nope/x.log", "s.py"], tmp)
    check(r.stderr == "from the script\n", repr(r))


def case_format_text(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--direct", "--no-log", "--format", "text", "s.py"], tmp)
    check(r.code == 0, repr(r))
    lines = r.stdout.splitlines()
    check(re.match(r"^ok: s\.py in direct \(\d+\.\d s\)$", lines[0]), repr(r))
    check(lines[1:] == ['result: {"x":1}'], repr(r))
    write(tmp, "bad.py", "import os\n")
    r = run(["--direct", "--format", "text", "bad.py"], tmp, SANDEXEC_VALIDATOR_ENABLED="true")
    check(r.code == 4, repr(r))
    check(r.stdout.splitlines()[-1] == "bad.py:1:8: forbidden-import: module 'os' is not allowed",
          repr(r))
    r = run(["--format", "yaml", "s.py"], tmp)
    expect(r, 2, "usage_error")


def case_interpreter_from_scrubbed_path(tmp):
    """direct.interpreter is looked up in the scrubbed PATH, not the
    caller's, as sandexec.yaml(5) says: a python3 first on the caller's PATH
    is not run."""
    fake = write(tmp, "bin/python3", "#!/bin/sh\ntouch %s/fake-ran\nexit 3\n" % tmp)
    os.chmod(fake, 0o755)
    write(tmp, "s.py", "import json\nprint(json.dumps({'ok': 1}))\n")
    r = run(["--direct", "--no-log", "s.py"], tmp,
            PATH=os.path.join(tmp, "bin") + ":" + os.environ["PATH"])
    expect(r, 0, "ok")
    check(not os.path.exists(os.path.join(tmp, "fake-ran")), repr(r))
    r = run(["--direct", "--no-log", "--set", "direct.interpreter=" + fake, "s.py"], tmp)
    check(os.path.exists(os.path.join(tmp, "fake-ran")), repr(r))


def lines_parse(path):
    """Every line of the file is one JSON object; returns them."""
    data = open(path, "rb").read()
    check(data.endswith(b"\n"), "log ends mid-line: %r" % data[-80:])
    out = []
    for i, line in enumerate(data.split(b"\n")[:-1]):
        try:
            out.append(json.loads(line))
        except ValueError:
            raise Failure("line %d of %s is not JSON: %r" % (i + 1, path, line[:200]))
    return out


def case_log_hostile_default_path(tmp):
    """The default log path lives in a directory direct-mode scripts write
    as the user: a FIFO there neither hangs a run (an input_error included)
    nor lets --timeout go; a symlink to stdout or to another file of ours, a
    hard link, a group-writable file are refused with one warning."""
    write(tmp, "s.py", OK_SCRIPT)
    state = os.path.join(tmp, "st")
    d = os.path.join(state, "sandexec")
    os.makedirs(d, mode=0o700)
    path = os.path.join(d, "sandbox_execution.json.log")
    os.mkfifo(path, 0o600)
    # Nobody reads it (the open fails), then someone does (refused).
    for reader, why in ((False, "No such device or address"), (True, "not a regular file")):
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK) if reader else -1
        for args, code, status in ((["--direct", "--timeout", "2s", "s.py"], 0, "ok"),
                                   (["--", "missing.py"], 66, "input_error")):
            t = time.monotonic()
            try:
                r = run(args, tmp, timeout=30, XDG_STATE_HOME=state)
            except subprocess.TimeoutExpired:
                raise Failure("%s hung on a FIFO log" % args)
            expect(r, code, status)
            check(time.monotonic() - t < 15, "took %.1f s" % (time.monotonic() - t))
            check(r.stderr.count("event log") == 1 and why in r.stderr, repr(r))
        if reader:
            check(os.read(fd, 100) == b"", "the FIFO was written")
            os.close(fd)
    os.unlink(path)
    # A symlink to stdout: the report stays the only line there.
    os.symlink("/dev/stdout", path)
    r = run(["--direct", "s.py"], tmp, XDG_STATE_HOME=state)
    expect(r, 0, "ok")
    check("symbolic link" in r.stderr, repr(r))
    # A symlink or a hard link to another file of ours: left alone.
    victim = write(tmp, "victim", "keep\n")
    os.chmod(victim, 0o600)
    os.unlink(path)
    os.symlink(victim, path)
    r = run(["--direct", "s.py"], tmp, XDG_STATE_HOME=state)
    expect(r, 0, "ok")
    os.unlink(path)
    os.link(victim, path)
    r = run(["--direct", "s.py"], tmp, XDG_STATE_HOME=state)
    expect(r, 0, "ok")
    check("more than one link" in r.stderr, repr(r))
    check(open(victim).read() == "keep\n", "the victim was written")
    os.unlink(path)
    write(tmp, "st/sandexec/sandbox_execution.json.log", "")
    os.chmod(path, 0o620)
    r = run(["--direct", "s.py"], tmp, XDG_STATE_HOME=state)
    expect(r, 0, "ok")
    check("writable by others" in r.stderr and os.path.getsize(path) == 0, repr(r))
    # A plain file of ours is written, as before.
    os.chmod(path, 0o600)
    r = run(["--direct", "s.py"], tmp, XDG_STATE_HOME=state)
    expect(r, 0, "ok")
    check("event log" not in r.stderr and lines_parse(path)[-1]["event_type"] == "run_finished", repr(r))


def case_log_explicit_path_kinds(tmp):
    """--log names what the user chose: a symlink, a FIFO or a character
    device (/dev/stderr) may be written, never blocking; never stdout."""
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--direct", "--log", "/dev/stdout", "s.py"], tmp)
    expect(r, 0, "ok")
    check("same file as stdout" in r.stderr, repr(r))
    r = run(["--direct", "--log", "/dev/stderr", "s.py"], tmp)
    expect(r, 0, "ok")
    ev = [json.loads(l) for l in r.stderr.splitlines() if l.startswith("{")]
    check([e["event_type"] for e in ev][-1:] == ["run_finished"], repr(r))
    # A FIFO: read, written; nobody reads it, or its reader does not keep
    # up (a full pipe): the run neither hangs nor loses its report.
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo)
    rfd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    r = run(["--direct", "--log", fifo, "s.py"], tmp)
    expect(r, 0, "ok")
    ev = [json.loads(l) for l in os.read(rfd, 1 << 16).splitlines()]
    check(ev[-1]["event_type"] == "run_finished" and "event log" not in r.stderr, repr(r))
    wfd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
    try:
        while True:
            os.write(wfd, b"x" * 4096)
    except BlockingIOError:
        pass
    for reader, why in ((True, "Resource temporarily unavailable"),
                        (False, "No such device or address")):
        if not reader:
            os.close(wfd)
            os.close(rfd)
        t = time.monotonic()
        try:
            r = run(["--direct", "--timeout", "5s", "--log", fifo, "s.py"], tmp, timeout=60)
        except subprocess.TimeoutExpired:
            raise Failure("hung on a FIFO log")
        expect(r, 0, "ok")
        check(time.monotonic() - t < 30, "took %.1f s" % (time.monotonic() - t))
        check(r.stderr.count("event log") == 1 and why in r.stderr, repr(r))
    # Through a symlink to a file: written.
    target = os.path.join(tmp, "real.log")
    os.symlink(target, os.path.join(tmp, "link.log"))
    r = run(["--direct", "--log", os.path.join(tmp, "link.log"), "s.py"], tmp)
    expect(r, 0, "ok")
    check(lines_parse(target)[-1]["event_type"] == "run_finished", repr(r))


def in_private_tmpfs(tmp, size, script):
    """Run the shell script with $SMALL a tmpfs of size bytes, in a private
    mount namespace (a user namespace too when not root)."""
    small = os.path.join(tmp, "small")
    os.mkdir(small)
    cmd = ["unshare", "-m"] + ([] if os.geteuid() == 0 else ["-r"]) + [
        "sh", "-uc", "mount -t tmpfs -o size=%d,mode=700 tmpfs \"$SMALL\" || exit 99\n"
        % size + script]
    env = isolated_env(tmp, SMALL=small, SX=os.environ["SANDEXEC"])
    p = subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, text=True, timeout=120)
    check(p.returncode == 0, "exit %d\n%s\n%s" % (p.returncode, p.stdout, p.stderr))
    return p.stdout


FULL_FS = r'''
export XDG_STATE_HOME="$SMALL"
log="$SMALL/sandexec/sandbox_execution.json.log"
mkdir -p -m700 "$SMALL/sandexec"
python3 -c 'import json; print(json.dumps({"pad": "p" * 3500}))' > "$log"
dd if=/dev/zero of="$SMALL/filler" bs=4096 count=100 2>/dev/null
"$SX" --direct s.py > r1 2> e1; echo "rc1=$?"
cp "$log" full.log
rm "$SMALL/filler"
"$SX" --direct s.py > r2 2> e2; echo "rc2=$?"
cp "$log" after.log
printf '{"cut": "by a cra' >> "$log"
"$SX" --direct s.py > r3 2> e3; echo "rc3=$?"
cp "$log" glued.log
'''


def case_log_full_filesystem(tmp):
    """A line cut short by a full file system is taken back: every line of
    the log stays one JSON object, and the next run's lines start on a line
    of their own, even after a partial line left by something else."""
    write(tmp, "s.py", OK_SCRIPT)
    out = in_private_tmpfs(tmp, 65536, FULL_FS)
    check(out.split() == ["rc1=0", "rc2=0", "rc3=0"], out)
    e1 = open(os.path.join(tmp, "e1")).read()
    check(e1.count("event log") == 1 and "short write" in e1, e1)
    check(json.loads(open(os.path.join(tmp, "r1")).read())["status"] == "ok", "r1")
    full = lines_parse(os.path.join(tmp, "full.log"))
    check(full[0] == {"pad": "p" * 3500}, full[:1])
    after = lines_parse(os.path.join(tmp, "after.log"))
    check([e.get("event_type") for e in after[len(full):]][-1] == "run_finished", after)
    lines = open(os.path.join(tmp, "glued.log"), "rb").read().split(b"\n")
    n = len(after)
    check(lines[n] == b'{"cut": "by a cra', lines[n:n + 2])
    check([json.loads(l)["event_type"] for l in lines[n + 1:-1]][-1] == "run_finished", lines)
    check(lines[-1] == b"", lines[-1:])


def case_log_over_file_size_limit(tmp):
    """A log over RLIMIT_FSIZE costs a warning (EFBIG), not the run: sandexec
    ignores SIGXFSZ; what it runs gets the default disposition back."""
    import resource
    probe = write(tmp, "probe", "#!/bin/sh\ngrep '^SigIgn:' /proc/self/status > %s/sigign\n"
                  "echo '{\"probed\": 1}'\n" % tmp)
    os.chmod(probe, 0o755)
    write(tmp, "s.py", OK_SCRIPT)
    log = os.path.join(tmp, "big.log")
    with open(log, "wb") as f:
        f.truncate(2 << 20)

    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, resource.RLIM_INFINITY))

    p = subprocess.run([os.environ["SANDEXEC"], "--direct", "--log", log,
                        "--set", "direct.interpreter=" + probe, "s.py"], cwd=tmp,
                       env=isolated_env(tmp), capture_output=True, text=True, timeout=60,
                       preexec_fn=limit)
    check(p.returncode != 128 + signal.SIGXFSZ and p.returncode >= 0,
          "exit %d\n%s\n%s" % (p.returncode, p.stdout, p.stderr))
    check(len(p.stdout.splitlines()) == 1 and json.loads(p.stdout)["run_id"], p.stdout)
    check(p.stderr.count("event log") == 1 and "File too large" in p.stderr, p.stderr)
    check(os.path.getsize(log) == 2 << 20, os.path.getsize(log))
    ign = int(open(os.path.join(tmp, "sigign")).read().split()[1], 16)
    check(not ign & (1 << (signal.SIGXFSZ - 1)), "SIGXFSZ ignored in the child: %x" % ign)


# What a run cost (tests/usage.py): sandexec reaps the script's tree itself.
def case_usage_cpu_memory(tmp):
    usage.usage_cpu_memory(tmp, ["--direct"])


def case_usage_children(tmp):
    usage.usage_children(tmp, ["--direct"])


def case_usage_timeout(tmp):
    """Killed at the timeout, the script is still reaped by sandexec: all known."""
    u = usage.usage_timeout(tmp, ["--direct"]).report["usage"]
    check(all(isinstance(u[k], int) for k in usage.KEYS), u)
    check(u["cpu_user_ms"] + u["cpu_sys_ms"] >= 100, u)


def case_usage_not_run(tmp):
    usage.usage_not_run(tmp, ["--direct"])


# The report's and run_finished's members, in order: what a consumer of the
# report or the log reads. A field added, renamed or moved changes this on
# purpose, here, or it is a regression.
REPORT_KEYS = ["sandexec", "status", "mode", "fallback", "sandboxed", "warm", "exit_code", "signal",
               "duration_ms", "started_at", "usage", "strategy", "sha256", "result", "violations",
               "result_errors", "stdout_truncated",
               "stdout", "stderr_truncated", "stderr_dropped", "error", "container", "run_id",
               "iteration", "args", "stderr_tail", "exception"]
EVENT_HEAD = ["timestamp", "level", "logger", "message", "event_type", "run_id",
              "iteration_num", "mode"]


def case_report_and_finished_fields_pinned(tmp):
    log = os.path.join(tmp, "ev.log")
    scripts = [
        ("ok", OK_SCRIPT, 0, ["status", "script_exit_code", "duration_ms"]),
        ("strategy_error", "import sys\nsys.exit(3)\n", 1,
         ["status", "script_exit_code", "duration_ms", "error"]),
        ("no_result", "x = 1\n", 5, ["status", "script_exit_code", "duration_ms", "error"]),
        ("timeout", "import time\ntime.sleep(30)\n", 124,
         ["status", "script_exit_code", "duration_ms", "error"]),
    ]
    for status, text, code, fields in scripts:
        write(tmp, "s.py", text)
        extra = ["--timeout", "1"] if status == "timeout" else []
        r = run(["--direct", "-q", "--log", log, "--iteration", "3"] + extra + ["s.py"], tmp)
        expect(r, code, status)
        report = json.loads(r.stdout, object_pairs_hook=lambda kv: kv)
        check([k for k, _ in report] == REPORT_KEYS, [k for k, _ in report])
        with open(log) as f:
            fin = json.loads(f.readlines()[-1], object_pairs_hook=lambda kv: kv)
        keys = [k for k, _ in fin]
        want = EVENT_HEAD + fields + ["strategy", "sha256", "exit_code", "started_at", "usage",
                                      "fallback", "warm", "args"] + \
            (["stderr_tail"] if status != "ok" else []) + ["sandexec_max_rss_kib"]
        check(keys == want, "run_finished members %r, expected %r" % (keys, want))
    # Before a run: a usage error and an unreadable script.
    r = run(["--direct", "--bogus", "s.py"], tmp)
    expect(r, 2, "usage_error")
    check(list(json.loads(r.stdout, object_pairs_hook=lambda kv: kv)) != [], r)
    check([k for k, _ in json.loads(r.stdout, object_pairs_hook=lambda kv: kv)] == REPORT_KEYS,
          r.stdout)
    r = run(["--direct", "missing.py"], tmp)
    expect(r, 66, "input_error")
    check([k for k, _ in json.loads(r.stdout, object_pairs_hook=lambda kv: kv)] == REPORT_KEYS,
          r.stdout)


def case_orphan_chain(tmp):
    """A chain of processes, each forked by the previous one and in its own
    session, is killed to its end: one level per round, rounds until none is
    left (bounded by time), not a round count a longer chain outlasts."""
    pids = os.path.join(tmp, "pids")
    depth = 150
    write(tmp, "s.py",
          "import os, time, json\n"
          "for i in range(%d):\n"
          "    if os.fork() != 0:\n"
          "        if i == 0:\n"
          "            while len(open(%r).read().split()) < %d:\n"
          "                time.sleep(0.05)\n"
          "            print(json.dumps({'built': True}), flush=True)\n"
          "            os._exit(0)\n"
          "        while True:\n"
          "            time.sleep(100)\n"
          "    os.setsid()\n"
          "    with open(%r, 'a') as f:\n"
          "        f.write('%%d\\n' %% os.getpid())\n"
          "while True:\n"
          "    time.sleep(100)\n" % (depth, pids, depth, pids))
    write(tmp, "pids", "")
    try:
        # A survivor holding the test's pipes would hang the run: bounded.
        r = run(["--direct", "--timeout", "30s", "s.py"], tmp, timeout=40)
        expect(r, 0, "ok")
        listed = [int(p) for p in open(pids).read().split()]
        check(len(listed) == depth, "%d pids" % len(listed))
        alive = [p for p in listed if not gone(p)]
        check(not alive, "%d of %d still running after the run" % (len(alive), depth))
    finally:
        for p in open(pids).read().split():
            try:
                os.kill(int(p), signal.SIGKILL)
            except OSError:
                pass


def private_dirs(tmpdir):
    return [n for n in os.listdir(tmpdir) if n.startswith("sandexec-")]


def case_private_dir_deeper_than_path_max(tmp):
    """The private directory goes, however deep the script nested it."""
    tmpdir = os.path.join(tmp, "t")
    os.mkdir(tmpdir)
    write(tmp, "s.py",
          "import os, json\n"
          "for i in range(40):\n"
          "    os.mkdir('d' * 250)\n"
          "    os.chdir('d' * 250)\n"
          "open('leaf', 'w').write('x')\n"
          "os.symlink('/', 'root')\n"
          "print(json.dumps({'cwd': len(os.getcwd())}))\n")
    r = run(["--direct", "s.py"], tmp, TMPDIR=tmpdir)
    expect(r, 0, "ok")
    check(r.report["result"]["cwd"] > 4096, repr(r.report))
    check(private_dirs(tmpdir) == [], "left: %r" % private_dirs(tmpdir))


def case_private_dir_symlinks_not_followed(tmp):
    """Removing the private directory never follows a link out of it."""
    tmpdir = os.path.join(tmp, "t")
    outside = os.path.join(tmp, "outside")
    os.mkdir(tmpdir)
    os.makedirs(os.path.join(outside, "sub"))
    write(tmp, "outside/sub/keep", "k")
    write(tmp, "s.py",
          "import os, json\n"
          "os.symlink(%r, 'link')\n"
          "os.mkdir('d')\n"
          "os.symlink(%r, 'd/sub')\n"
          "print(json.dumps({}))\n" % (outside, os.path.join(outside, "sub")))
    r = run(["--direct", "s.py"], tmp, TMPDIR=tmpdir)
    expect(r, 0, "ok")
    check(os.path.exists(os.path.join(outside, "sub", "keep")), "a file outside was removed")
    check(private_dirs(tmpdir) == [], "left: %r" % private_dirs(tmpdir))


def case_private_dir_chmod_zero_as_user(tmp):
    """As a normal user, directories the script made unreadable (its own
    working directory included) are given back and removed."""
    os.chmod(tmp, 0o755)
    home = os.path.join(tmp, "u")
    tmpdir = os.path.join(home, "t")
    os.makedirs(tmpdir)
    for d in (home, tmpdir):
        os.chmod(d, 0o777)
    script = write(home, "s.py",
                   "import os, json\n"
                   "os.makedirs('a/b/c')\n"
                   "open('a/b/f', 'w').write('x')\n"
                   "os.chmod('a/b', 0)\n"
                   "os.chmod('a', 0)\n"
                   "os.chmod('.', 0)\n"
                   "print(json.dumps({'uid': os.getuid()}))\n")
    os.chmod(script, 0o644)
    env = isolated_env(tmp, TMPDIR=tmpdir, HOME=home, XDG_RUNTIME_DIR=home)
    p = subprocess.run(["setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups",
                        os.environ["SANDEXEC"], "--direct", "s.py"], cwd=home, env=env,
                       capture_output=True, text=True, timeout=120)
    report = json.loads(p.stdout)
    check(p.returncode == 0 and report["status"] == "ok", p.stdout + p.stderr)
    check(report["result"] == {"uid": 65534}, p.stdout)
    check(private_dirs(tmpdir) == [], "left: %r" % private_dirs(tmpdir))


def case_require(tmp):
    """output.require: a missing key, a wrong type, a broken bound, NaN, all
    good; the report's result_errors and the events, exit 9."""
    from requirecases import check_require
    check_require(tmp, ["--direct"])



def case_require_fields_pinned(tmp):
    """invalid_result: the report's members are REPORT_KEYS; run_finished
    has result_errors after error."""
    log = os.path.join(tmp, "ev.log")
    cfg = write(tmp, "c.yaml", "output:\n  require:\n    n: integer >= 0\n")
    write(tmp, "s.py", "print('{\"n\": -1}')\n")
    r = run(["--direct", "-q", "-c", cfg, "--log", log, "s.py"], tmp)
    expect(r, 9, "invalid_result")
    report = json.loads(r.stdout, object_pairs_hook=lambda kv: kv)
    check([k for k, _ in report] == REPORT_KEYS, [k for k, _ in report])
    with open(log) as f:
        fin = json.loads(f.readlines()[-1], object_pairs_hook=lambda kv: kv)
    keys = [k for k, _ in fin]
    want = EVENT_HEAD + ["status", "script_exit_code", "duration_ms", "error", "result_errors",
                         "strategy", "sha256", "exit_code", "started_at", "usage", "fallback", "warm",
                         "args", "stderr_tail", "sandexec_max_rss_kib"]
    check(keys == want, "run_finished members %r, expected %r" % (keys, want))


def case_script_args(tmp):
    """Direct mode gives the script the words after it as sys.argv[1:]."""
    write(tmp, "a.py", "import json, sys\nprint(json.dumps({'argv': sys.argv}))\n")
    words = ["--fast", "5", "", "x\ny", "\u00e9"]
    r = run(["--direct", "-q", "a.py"] + words, tmp)
    expect(r, 0, "ok")
    check(r.report["result"]["argv"] == ["a.py"] + words, repr(r))
    check(r.report["args"] == words, repr(r))
    r = run(["--direct", "-q", "a.py"], tmp)
    expect(r, 0, "ok")
    check(r.report["result"]["argv"] == ["a.py"] and r.report["args"] == [], repr(r))


def case_script_args_bounds(tmp):
    """More than 1024 words, more than 64 KiB of them, or a word that is not
    UTF-8: a usage error (2), nothing run."""
    write(tmp, "a.py", "print(1)\n")
    for words, what in ((["x"] * 1025, "at most 1024"),
                        (["x" * 40000, "y" * 40000], "at most 65536")):
        r = run(["--direct", "a.py"] + words, tmp)
        expect(r, 2, "usage_error")
        check(what in r.report["error"], repr(r))
    proc = subprocess.run([os.environ["SANDEXEC"], "--direct", "a.py", b"\xff"], cwd=tmp,
                          env=isolated_env(tmp), capture_output=True, timeout=60)
    check(proc.returncode == 2 and b"not valid UTF-8" in proc.stderr, proc)


def case_output_file_direct(tmp):
    """-o in direct mode: ok goes to the file atomically with nothing on
    stdout, mode 0666 less the umask; a report that cannot be written there
    is internal_error (70), nothing on stdout."""
    write(tmp, "a.py", OK_SCRIPT)
    out = os.path.join(tmp, "r.json")
    old = os.umask(0o027)
    try:
        r = run(["--direct", "-q", "-o", out, "a.py"], tmp)
    finally:
        os.umask(old)
    check(r.code == 0 and r.stdout == "" and r.stderr == "", repr(r))
    check(json.load(open(out))["result"] == {"x": 1}, open(out).read())
    check(stat.S_IMODE(os.stat(out).st_mode) == 0o640, oct(os.stat(out).st_mode))
    r = run(["--direct", "-o", os.path.join(tmp, "nodir", "r.json"), "a.py"], tmp)
    check(r.code == 70 and r.stdout == "", repr(r))
    check("cannot write the report to" in r.stderr, repr(r))


def case_teardown_skipped(tmp):
    """The script's process ends as the interpreter would (threads joined,
    atexit run, streams flushed, SystemExit's status rules) but without its
    teardown: no __del__ at exit."""
    write(tmp, "s.py",
          "import atexit, json, sys, threading, time\n"
          "class Late:\n    def __del__(self):\n        print('finalized')\n"
          "keep = Late()\n"
          "def late():\n    time.sleep(0.3)\n    print('thread done')\n"
          "threading.Thread(target=late).start()\n"
          "atexit.register(lambda: print(json.dumps({'atexit': True})))\n"
          "sys.stdout.write('unflushed ')\n"
          "sys.exit('bye')\n")
    r = run(["--direct", "-q", "s.py"], tmp)
    expect(r, 1, "strategy_error")
    check(r.report["stdout"] == 'unflushed thread done\n{"atexit": true}\n', repr(r))
    check(r.stderr == "bye\n", repr(r.stderr))
    for code, want in (("259", 3), ("-1", 255), ("None", 0), ("True", 1)):
        write(tmp, "t.py", "import json, sys\nprint(json.dumps({}))\nsys.exit(%s)\n" % code)
        r = run(["--direct", "-q", "t.py"], tmp)
        check(r.report["exit_code"] == want, (code, repr(r)))


CASES = {name[len("case_"):]: fn for name, fn in sorted(globals().items())
         if name.startswith("case_")}

if __name__ == "__main__":
    sys.exit(main(CASES))
