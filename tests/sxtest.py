"""Shared helpers for the tests that drive the built sandexec binary."""
import json
import os
import subprocess
import sys
import tempfile
import time

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
    # Cold by default: a run starts no spare for the next one (docker.spares
    # 0); the warm-* registrations (SANDEXEC_TEST_WARM) run cases in spares.
    if os.environ.get("SANDEXEC_TEST_WARM"):
        env["SANDEXEC_DOCKER_SPARE_IDLE"] = "30s"
    else:
        env["SANDEXEC_DOCKER_SPARES"] = "0"
    # The runsc-* registrations run the same cases under another runtime.
    if os.environ.get("SANDEXEC_TEST_RUNTIME"):
        env["SANDEXEC_DOCKER_RUNTIME"] = os.environ["SANDEXEC_TEST_RUNTIME"]
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


WARM = bool(os.environ.get("SANDEXEC_TEST_WARM"))
# The run's flags that shape its container: `sandexec warm` takes them too.
CONFIG_FLAGS = ("-c", "--config", "-s", "--set", "--image", "--timeout", "--memory", "--cpus",
                "--pids-limit", "--context")


def warm_args(args):
    """The `sandexec warm` line for the configuration of the run line args,
    or None for a line that does not start a container (a subcommand,
    --direct, --dry-run, --data)."""
    out, i = [], 0
    while i < len(args):
        a = args[i]
        if i == 0 and not a.startswith("-"):
            return None
        if a in ("--direct", "--dry-run", "--data", "-h", "--help"):
            return None
        name = a.split("=", 1)[0]
        if name in CONFIG_FLAGS:
            if "=" in a and name.startswith("--"):
                out.append(a)
            else:
                out += args[i:i + 2]
                i += 1
        elif not a.startswith("-"):
            break
        elif a in ("-o", "--output", "--log", "--iteration", "--format"):
            i += 1
        i += 1
    return ["warm", "1"] + out


def run(args, tmp, env=None, stdin=None, timeout=120, **extra_env):
    env = env or isolated_env(tmp, **extra_env)
    if WARM:
        # The warm-* registrations: a spare of the run's configuration first.
        w = warm_args(list(args))
        if w is not None:
            subprocess.run([SANDEXEC] + w, cwd=tmp, env=env, capture_output=True, timeout=60)
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


def drop_spares(tmp):
    """Remove the spares the runs of a test left for the next run (they
    would end by themselves after docker.spare_idle): wait for a fill under
    way (its lock), then docker rm the registered ones."""
    import fcntl
    top = os.path.join(tmp, ".local", "state", "sandexec", "spares")
    # The fill is detached after the report: give it the time to take its
    # lock (it does so at once), then wait for the lock.
    time.sleep(1)
    if not os.path.isdir(top):
        return
    for key in os.listdir(top):
        d = os.path.join(top, key)
        fd = os.open(os.path.join(d, ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        for _ in range(300):
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                time.sleep(0.1)
        names = ["sandexec-" + n for n in os.listdir(d) if not n.startswith(".")]
        if names:
            subprocess.run(["docker", "rm", "--force"] + names, capture_output=True, timeout=60)
        os.close(fd)


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
    with tempfile.TemporaryDirectory(prefix="sandexec-test-",
                                     ignore_cleanup_errors=WARM) as tmp:
        try:
            try:
                cases[sys.argv[1]](tmp)
            finally:
                if WARM:
                    drop_spares(tmp)
        except Failure as e:
            print("FAIL: %s" % e, file=sys.stderr)
            return 1
    print("ok")
    return 0
