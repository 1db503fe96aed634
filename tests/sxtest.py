"""Shared helpers for the tests that drive the built sandexec binary."""
import json
import os
import subprocess
import sys
import tempfile

SANDEXEC = os.environ.get("SANDEXEC", "sandexec")
SOURCE_ROOT = os.environ.get(
    "SANDEXEC_SOURCE_ROOT", os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SKIP = 77  # meson's exit code for a skipped test


class Failure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise Failure(msg)


def isolated_env(tmp, **extra):
    """An environment that reads no configuration but what a test names."""
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("SANDEXEC_") and k not in ("SANDEXEC_DATADIR",):
            del env[k]
    env["SANDEXEC_SYSTEM_CONFIG"] = os.path.join(tmp, "no-system.yaml")
    env["XDG_CONFIG_HOME"] = os.path.join(tmp, "xdg")
    env["HOME"] = tmp
    # Every state a run keeps lives in the test's own directory: never the
    # caller's log and run records. XDG_STATE_HOME is dropped, not set, so
    # that the HOME default is what the tests see.
    env.pop("XDG_STATE_HOME", None)
    env["XDG_CACHE_HOME"] = os.path.join(tmp, ".cache")
    env["XDG_DATA_HOME"] = os.path.join(tmp, ".local", "share")
    env["XDG_RUNTIME_DIR"] = os.path.join(tmp, "run")
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    # Most tests exercise what runs; they opt back into the static check.
    env["SANDEXEC_VALIDATOR_ENABLED"] = "false"
    env.update(extra)
    return env


class Run:
    def __init__(self, proc):
        self.code = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.report = None
        lines = proc.stdout.splitlines()
        if len(lines) == 1:
            try:
                self.report = json.loads(lines[0])
            except ValueError:
                pass

    def __repr__(self):
        return "exit %s\nstdout: %.2000s\nstderr: %.2000s" % (
            self.code, self.stdout, self.stderr)


def run(args, tmp, env=None, stdin=None, timeout=120, **extra_env):
    env = env or isolated_env(tmp, **extra_env)
    proc = subprocess.run([SANDEXEC] + list(args), cwd=tmp, env=env, input=stdin,
                          capture_output=True, text=True, errors="replace", timeout=timeout)
    return Run(proc)


def expect(r, code, status):
    """The run printed one JSON report with this status and exited with code."""
    check(r.report is not None, "no single-line JSON report:\n%r" % r)
    check(r.report["status"] == status,
          "status %s, expected %s:\n%r" % (r.report["status"], status, r))
    check(r.code == code, "exit code %s, expected %s:\n%r" % (r.code, code, r))


def write(tmp, name, text, mode="w"):
    path = os.path.join(tmp, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)
    return path


def main(cases, prologue=None):
    """`--list` prints the case names; `NAME` runs one case."""
    if sys.argv[1:] == ["--list"]:
        print("\n".join(cases))
        return 0
    if len(sys.argv) != 2 or sys.argv[1] not in cases:
        print("usage: %s --list | CASE" % sys.argv[0], file=sys.stderr)
        return 2
    if prologue:
        code = prologue()
        if code is not None:
            return code
    with tempfile.TemporaryDirectory(prefix="sandexec-test-") as tmp:
        try:
            cases[sys.argv[1]](tmp)
        except Failure as e:
            print("FAIL: %s" % e, file=sys.stderr)
            return 1
    print("ok")
    return 0
