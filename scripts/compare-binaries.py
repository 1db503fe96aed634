#!/usr/bin/env python3
"""Run the same strategies through two sandexec binaries and compare their
reports, stderr, exit codes and event logs byte for byte, with what differs
from run to run (run id, timestamps, durations, peak RSS, dry-run nonce)
masked. For a restructure that must hold behaviour fixed:

    scripts/compare-binaries.py OLD/sandexec NEW/sandexec [--docker]
"""
import os
import re
import subprocess
import sys
import tempfile

OK = "import json\nprint(json.dumps({'x': 1}))\n"
CASES = [
    # name, script, extra arguments, extra environment
    ("ok", OK, ["--direct"], {}),
    ("ok_text", OK, ["--direct", "--format", "text"], {}),
    ("strategy_error", "import sys\nsys.exit(3)\n", ["--direct"], {}),
    ("no_result", "x = 1\n", ["--direct"], {}),
    ("timeout", "import time\ntime.sleep(30)\n", ["--direct", "--timeout", "1"], {}),
    ("rejected", "import os\nos.system('id')\n", ["--direct"],
     {"SANDEXEC_VALIDATOR_ENABLED": "true"}),
    ("rejected_text", "import os\nos.system('id')\n", ["--direct", "--format", "text"],
     {"SANDEXEC_VALIDATOR_ENABLED": "true"}),
    ("input_error", None, ["--direct"], {}),
    ("config_error", OK, ["--direct", "-s", "docker.memory=lots"], {}),
    ("usage_error", OK, ["--direct", "--bogus"], {}),
    ("data_refused", OK, ["--direct", "--data", "/tmp"], {}),
    ("data_remote_host", OK, ["--data", "/tmp"], {"DOCKER_HOST": "tcp://203.0.113.1:2376"}),
    ("data_remote_context", OK, ["--data", "/tmp", "-s", "docker.context=remote"], {}),
    ("data_missing", OK, ["--data", "/nonexistent/data"], {}),
    ("dry_run", OK, ["--dry-run"], {}),
    ("dry_run_json", OK, ["--dry-run", "--format", "json"], {}),
    ("fallback", OK, ["--fallback", "-s", "docker.binary=/nonexistent/docker"], {}),
    ("unavailable", OK, ["-s", "docker.binary=/nonexistent/docker"], {}),
]
DOCKER = [("docker_ok", OK, [], {}), ("docker_error", "import sys\nsys.exit(3)\n", [], {})]
SUBCOMMANDS = [["check", "s.py"], ["check", "--format", "json", "s.py", "missing.py"],
               ["config", "-s", "docker.cpus=2"], ["config", "--all"], ["gc", "--bogus"],
               ["check"], ["doctor", "extra"], ["check", "--help"], ["--help"], ["--version"]]

MASKS = [
    (re.compile(r'"(run_id|timestamp|started_at|duration_ms|cpu_user_ms|cpu_sys_ms|max_rss_kib|wall_ms|sandexec_max_rss_kib|check_ms|nonce)"'
                r':("[^"]*"|[0-9.]+)'), r'"\1":X'),
    (re.compile(r"[0-9a-f]{32}"), "HEX32"),
    (re.compile(r"[0-9a-f]{16}"), "HEX16"),
    (re.compile(r"\(\d+\.\d s\)"), "(T s)"),
    (re.compile(r"sandexec\.deadline=\d+"), "sandexec.deadline=T"),
    (re.compile(r"echo [0-9a-f]{64}"), "echo NONCE"),
]


def mask(text):
    for rx, rep in MASKS:
        text = rx.sub(rep, text)
    return text


def one(binary, tmp, script, args, env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("SANDEXEC_")
           or k == "SANDEXEC_DATADIR"}
    env.update(SANDEXEC_SYSTEM_CONFIG=os.path.join(tmp, "none.yaml"), HOME=tmp,
               XDG_CONFIG_HOME=os.path.join(tmp, "xdg"), SANDEXEC_VALIDATOR_ENABLED="false")
    env.pop("XDG_STATE_HOME", None)
    env.update(env_extra)
    log = os.path.join(tmp, "ev.log")
    if os.path.exists(log):
        os.unlink(log)
    if script is not None:
        with open(os.path.join(tmp, "s.py"), "w") as f:
            f.write(script)
    elif os.path.exists(os.path.join(tmp, "s.py")):
        os.unlink(os.path.join(tmp, "s.py"))
    argv = [binary] + args
    if args[:1] not in (["check"], ["config"], ["gc"], ["doctor"], ["--help"], ["--version"]):
        argv += ["--log", log, "--iteration", "7", "s.py"]
    p = subprocess.run(argv, cwd=tmp, env=env, capture_output=True, timeout=120)
    events = open(log, "rb").read().decode() if os.path.exists(log) else ""
    return "exit %d\n--- stdout\n%s\n--- stderr\n%s\n--- log\n%s" % (
        p.returncode, mask(p.stdout.decode()), mask(p.stderr.decode()), mask(events))


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    old, new = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    cases = CASES + (DOCKER if "--docker" in sys.argv[3:] else [])
    cases += [("sub_" + "_".join(a), OK, a, {}) for a in SUBCOMMANDS]
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, script, args, env in cases:
            a, b = one(old, tmp, script, args, env), one(new, tmp, script, args, env)
            if a != b:
                bad += 1
                print("DIFFERS: %s\n=== old\n%s\n=== new\n%s" % (name, a, b))
            else:
                print("same: %s" % name)
    print("%d of %d differ" % (bad, len(cases)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
