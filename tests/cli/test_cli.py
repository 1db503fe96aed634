#!/usr/bin/env python3
"""The sandexec binary driven from the command line, without a Docker engine."""
import json
import os
import re
import shlex
import stat
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sxtest import (SOURCE_ROOT, check, expect, isolated_env, main, run,  # noqa: E402
                    write)

OK_SCRIPT = "import json\nprint(json.dumps({'x': 1}))\n"
# Runs that must not reach a daemon use a docker CLI that does not exist.
NO_DOCKER = ["--set", "docker.binary=/nonexistent/docker"]


def dry_argv(r):
    check(r.code == 0, "dry run failed:\n%r" % r)
    return shlex.split(r.stdout)


def opt(argv, name):
    """The values that follow each occurrence of an option."""
    return [argv[i + 1] for i, a in enumerate(argv[:-1]) if a == name]


def case_help(tmp):
    r = run(["--help"], tmp)
    check(r.code == 0 and r.stdout.startswith("usage: sandexec"), repr(r))
    man = open(os.path.join(SOURCE_ROOT, "man", "sandexec.1")).read()
    for flag in re.findall(r"--([a-z][a-z-]+)", r.stdout):
        check(flag in man, "--%s is in --help but not in sandexec(1)" % flag)


def case_version(tmp):
    r = run(["--version"], tmp)
    check(r.code == 0 and re.match(r"^sandexec \d+\.\d+\.\d+\n$", r.stdout), repr(r))


def case_no_args(tmp):
    r = run([], tmp)
    expect(r, 2, "usage_error")
    check("no strategy" in r.stderr, repr(r))


def case_unknown_option(tmp):
    r = run(["--frobnicate", "x.py"], tmp)
    expect(r, 2, "usage_error")
    check("--frobnicate" in r.report["error"], repr(r))


def case_missing_value(tmp):
    r = run(["x.py", "--timeout"], tmp)  # options stop at the operand
    expect(r, 2, "usage_error")
    r = run(["--timeout"], tmp)
    expect(r, 2, "usage_error")
    check("needs a value" in r.report["error"], repr(r))


def case_two_strategies(tmp):
    r = run(["a.py", "b.py"], tmp)
    expect(r, 2, "usage_error")


def case_bad_iteration(tmp):
    r = run(["--iteration", "-1", "x.py"], tmp)
    expect(r, 2, "usage_error")
    r = run(["--iteration", "12abc", "x.py"], tmp)
    expect(r, 2, "usage_error")


def case_bad_flag_value(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--timeout", "soon", "s.py"], tmp)
    expect(r, 3, "config_error")
    check("--timeout" in r.report["error"] and "docker.timeout" in r.report["error"], repr(r))
    r = run(["--memory", "1k", "s.py"], tmp)
    expect(r, 3, "config_error")
    check("out of range" in r.report["error"], repr(r))
    r = run(["--set", "docker.nope=1", "s.py"], tmp)
    expect(r, 3, "config_error")
    r = run(["--set", "novalue", "s.py"], tmp)
    expect(r, 2, "usage_error")


def case_missing_file(tmp):
    r = run(["nope.py"], tmp)
    expect(r, 66, "input_error")
    check("nope.py" in r.report["error"] and "No such file" in r.report["error"], repr(r))


def case_directory(tmp):
    os.mkdir(os.path.join(tmp, "dir.py"))
    r = run(["dir.py"], tmp)
    expect(r, 66, "input_error")
    check("directory" in r.report["error"], repr(r))


def case_huge_file(tmp):
    write(tmp, "big.py", "#" * (1024 * 1024) + "\n")
    r = run(["big.py"], tmp)
    expect(r, 66, "input_error")
    check("limit" in r.report["error"], repr(r))
    # The cap is configurable.
    r = run(["--set", "strategy.max_size=2m", "--dry-run", "big.py"], tmp)
    check(r.code == 0, repr(r))


def case_binary_junk(tmp):
    write(tmp, "junk.py", bytes(range(256)) * 4, mode="wb")
    r = run(["junk.py"], tmp)
    expect(r, 66, "input_error")
    check("NUL" in r.report["error"], repr(r))
    write(tmp, "latin1.py", b"x = '\xe9t\xe9'\n", mode="wb")
    r = run(["latin1.py"], tmp)
    expect(r, 66, "input_error")
    check("UTF-8" in r.report["error"], repr(r))


def case_fifo(tmp):
    os.mkfifo(os.path.join(tmp, "fifo.py"))
    r = run(["fifo.py"], tmp, timeout=10)
    expect(r, 66, "input_error")
    check("not a regular file" in r.report["error"], repr(r))


def case_unreadable(tmp):
    path = write(tmp, "secret.py", OK_SCRIPT)
    os.chmod(path, 0)
    if os.geteuid() == 0:
        # root reads anything: use a path through a file instead.
        r = run(["secret.py/x"], tmp)
    else:
        r = run(["secret.py"], tmp)
    expect(r, 66, "input_error")


def case_config_errors(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    cases = {
        "bad.yaml": ("docker:\n  image: 'x\n", ": invalid YAML"),
        "unknown.yaml": ("docker:\n  memroy: 1g\n", ":2:3: unknown key 'docker.memroy'"),
        "type.yaml": ("docker:\n  read_only: maybe\n", ":2:14: docker.read_only"),
        "range.yaml": ("docker:\n  pids_limit: 1\n", ":2:15: docker.pids_limit"),
        "dup.yaml": ("docker:\n  cpus: 1\n  cpus: 2\n", ":3:3: duplicate key 'docker.cpus'"),
        "alias.yaml": ("docker:\n  image: &a x\n  python: *a\n", "aliases"),
        "root.yaml": ("docker:\n  user: root\n", "must not be root"),
        "binary.yaml": ("docker:\x00\n", "NUL"),
    }
    for name, (text, want) in cases.items():
        path = write(tmp, name, text)
        r = run(["--config", path, "s.py"], tmp)
        expect(r, 3, "config_error")
        check(path + ":" in r.report["error"] or path in r.report["error"], repr(r))
        check(want in r.report["error"], "%s: %r not in %r" % (name, want, r.report["error"]))
        check(want in r.stderr, repr(r))


def case_config_missing_or_dir(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--config", "nope.yaml", "s.py"], tmp)
    expect(r, 3, "config_error")
    check("nope.yaml" in r.report["error"], repr(r))
    os.mkdir(os.path.join(tmp, "conf.d"))
    r = run(["--config", "conf.d", "s.py"], tmp)
    expect(r, 3, "config_error")
    check("directory" in r.report["error"], repr(r))


def case_config_layers(tmp):
    """defaults < system < user < --config < environment < flags."""
    write(tmp, "s.py", OK_SCRIPT)
    sysconf = write(tmp, "system.yaml", "docker:\n  image: sys\n  memory: 1g\n  cpus: 1\n"
                    "  pids_limit: 100\n  nofile: 100\n")
    write(tmp, "xdg/sandexec/sandexec.yaml", "docker:\n  image: user\n  memory: 512m\n"
          "  cpus: 2\n  pids_limit: 90\n")
    cfg = write(tmp, "given.yaml", "docker:\n  image: given\n  cpus: 3\n  pids_limit: 80\n")
    env = isolated_env(tmp, SANDEXEC_SYSTEM_CONFIG=sysconf, SANDEXEC_DOCKER_CPUS="4",
                       SANDEXEC_DOCKER_PIDS_LIMIT="70")
    argv = dry_argv(run(["--config", cfg, "--pids-limit", "60", "--dry-run", "s.py"], tmp,
                        env=env))
    check(opt(argv, "--ulimit")[0] == "nofile=100:100", argv)   # system
    check(opt(argv, "--memory") == ["512m"], argv)             # user
    check("given" in argv and "user" not in argv, argv)       # --config
    check(opt(argv, "--cpus") == ["4"], argv)                  # environment
    check(opt(argv, "--pids-limit") == ["60"], argv)           # flag


def case_dry_run(tmp):
    write(tmp, "-x.py", OK_SCRIPT)
    argv = dry_argv(run(NO_DOCKER + ["--timeout", "30", "--dry-run", "--", "-x.py"], tmp))
    check(argv[0] == "/nonexistent/docker" and argv[1] == "run", argv)
    for flag in ["-i", "--rm", "--read-only", "--init"]:
        check(flag in argv, "%s missing: %s" % (flag, argv))
    check(opt(argv, "--pull") == ["never"], argv)
    check(opt(argv, "--network") == ["none"], argv)
    check(opt(argv, "--cap-drop") == ["ALL"], argv)
    sec = opt(argv, "--security-opt")
    check("no-new-privileges" in sec, argv)
    check(any(s.startswith("seccomp=") and s.endswith("/seccomp.json") for s in sec), argv)
    check(opt(argv, "--user") == ["65534:65534"], argv)
    check(opt(argv, "--memory") == opt(argv, "--memory-swap") == ["2g"], argv)
    check(opt(argv, "--cpus") == ["0.5"], argv)
    check(opt(argv, "--pids-limit") == ["128"], argv)
    check(opt(argv, "--tmpfs") == ["/tmp:rw,nosuid,nodev,noexec,size=64m"], argv)
    name = opt(argv, "--name")[0]
    check(re.match(r"^sandexec-[0-9a-f]{16}$", name), argv)
    labels = opt(argv, "--label")
    check("sandexec.run=" + name[len("sandexec-"):] in labels, argv)
    check(any(re.match(r"^sandexec.deadline=\d+$", l) for l in labels), argv)
    check(argv[-2:] == ["-x.py", "supervise"], argv)
    check(not any(a in argv for a in ["-v", "--volume", "--mount", "--privileged"]), argv)


def case_dry_run_json(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--dry-run", "--format", "json", "s.py"], tmp)
    check(r.code == 0, repr(r))
    j = __import__("json").loads(r.stdout)
    shell = shlex.split(run(["--dry-run", "s.py"], tmp).stdout)
    # The same argv but for the run id, which is new each time.
    strip = lambda argv: [re.sub(r"[0-9a-f]{16}|deadline=\d+", "X", a) for a in argv]
    check(strip(j["argv"]) == strip(shell), (j, shell))
    check(j["stdin"] == "s.py", j)


def case_docker_cli_missing(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    r = run(NO_DOCKER + ["--iteration", "7", "s.py"], tmp)
    expect(r, 6, "sandbox_unavailable")
    check("/nonexistent/docker" in r.report["error"], repr(r))
    check(r.report["iteration"] == 7, repr(r))
    check(r.report["sha256"] and len(r.report["sha256"]) == 64, repr(r))
    check(r.report["result"] is None and r.report["mode"] == "docker", repr(r))


def case_report_on_every_error(tmp):
    """Every outcome prints exactly one JSON document with the contract's keys."""
    keys = {"sandexec", "status", "mode", "fallback", "sandboxed", "exit_code", "signal",
            "duration_ms", "strategy", "sha256", "result", "violations", "stdout_truncated",
            "error", "container"}
    write(tmp, "s.py", OK_SCRIPT)
    for args in (["--bogus"], ["missing.py"], ["--timeout", "x", "s.py"], NO_DOCKER + ["s.py"]):
        r = run(args, tmp)
        check(r.report is not None, repr(r))
        check(keys <= set(r.report), "missing %s" % (keys - set(r.report)))


def case_check_command(tmp):
    clean = write(tmp, "clean.py", OK_SCRIPT)
    bad = write(tmp, "bad.py", "import json\nx = eval('1')\nimport os\n")
    r = run(["check", "clean.py"], tmp)
    check(r.code == 0 and r.stdout == "", repr(r))
    r = run(["check", "clean.py", "bad.py"], tmp)
    check(r.code == 4, repr(r))
    check(r.stdout == "bad.py:2:5: forbidden-name: 'eval' is not allowed\n"
                      "bad.py:3:8: forbidden-import: module 'os' is not allowed\n", repr(r))
    r = run(["check", "bad.py", "missing.py"], tmp)
    check(r.code == 2 and "missing.py" in r.stderr, repr(r))
    r = run(["check"], tmp)
    check(r.code == 2, repr(r))
    cfg = write(tmp, "c.yaml", "validator:\n  allowed_modules: [json, os]\n"
                               "  forbidden_names: []\n")
    r = run(["check", "-c", cfg, "bad.py"], tmp)
    check(r.code == 0, repr(r))
    cfg = write(tmp, "bad.yaml", "validator:\n  allowed_modules: json\n")
    r = run(["check", "-c", cfg, "bad.py"], tmp)
    check(r.code == 3 and "validator.allowed_modules" in r.stderr, repr(r))
    del clean, bad


def case_rejected_report(tmp):
    write(tmp, "s.py", "import subprocess\n")
    r = run(NO_DOCKER + ["s.py"], tmp, SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 4, "rejected")  # not sandbox_unavailable: nothing was tried
    check(r.report["mode"] is None and r.report["violations"][0]["rule"] == "forbidden-import",
          repr(r))
    check("1 violation" in r.report["error"], repr(r))


def case_config_command(tmp):
    """sandexec config: every key with its origin, as YAML that loads back."""
    sysconf = write(tmp, "system.yaml", "docker:\n  nofile: 100\n")
    write(tmp, "xdg/sandexec/sandexec.yaml", "docker:\n  memory: 512m\n")
    given = write(tmp, "given.yaml", "docker:\n  image: \"we'ird\\\"img\"\n"
                                     "  env: [A=1, 'B=two words']\n")
    env = isolated_env(tmp, SANDEXEC_SYSTEM_CONFIG=sysconf, SANDEXEC_DOCKER_CPUS="4")
    p = run(["config", "-c", given, "-s", "docker.timeout=1500ms"], tmp, env=env)
    check(p.code == 0, repr(p))
    lines = p.stdout.splitlines()
    want = {
        "  nofile: 100  # %s:2:11" % sysconf,
        "  memory: 512m  # %s/xdg/sandexec/sandexec.yaml:2:11" % tmp,
        "  image: \"we'ird\\\"img\"  # %s:2:10" % given,
        "  cpus: 4  # SANDEXEC_DOCKER_CPUS",
        "  timeout: 1500ms  # --set docker.timeout",
        "  pids_limit: 128  # default",
        "  env:  # %s:3:8" % given,
        "    - \"B=two words\"",
        "  enabled: false  # SANDEXEC_VALIDATOR_ENABLED",
    }
    for w in want:
        check(w in lines, "%r not in:\n%s" % (w, p.stdout))
    # What it prints loads back to the same configuration.
    dumped = write(tmp, "dumped.yaml", p.stdout)
    q = run(["config", "-c", dumped], tmp,
            env=isolated_env(tmp, SANDEXEC_SYSTEM_CONFIG=os.path.join(tmp, "none")))
    check(q.code == 0, repr(q))
    strip = lambda text: [l.split("  #")[0] for l in text.splitlines()]
    check(strip(q.stdout) == strip(p.stdout), "round trip differs:\n%s\n---\n%s"
          % (p.stdout, q.stdout))
    r = run(["config", "-c", write(tmp, "bad.yaml", "docker: {cpus: x}\n")], tmp)
    check(r.code == 3 and "docker.cpus" in r.stderr, repr(r))



def corpus(name):
    d = os.path.join(SOURCE_ROOT, "tests", "data", name)
    return sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".py"))


def check_reports(r, files):
    """One JSON report a line and a file, in order, each with its violations."""
    reports = [json.loads(line) for line in r.stdout.splitlines()]
    check([x["file"] for x in reports] == files, r.stdout[:500])
    for x in reports:
        for v in x["violations"]:
            check(sorted(v) == ["column", "file", "line", "message", "rule"] and
                  v["file"] == x["file"] and v["line"] >= 1 and v["message"], v)
    return reports


def case_check_evasion_corpus(tmp):
    """Every public escape in tests/data/evasion is refused by `check`."""
    files = corpus("evasion")
    check(len(files) >= 100, len(files))
    r = run(["check", "--format", "json"] + files, tmp)
    check(r.code == 4, repr(r)[:500])
    accepted = [x["file"] for x in check_reports(r, files) if x["ok"] or not x["violations"]]
    check(accepted == [], "escapes accepted: %s" % accepted)


def case_check_benign_corpus(tmp):
    """Every benign script in tests/data/benign and examples/ passes `check`."""
    files = corpus("benign") + sorted(
        os.path.join(SOURCE_ROOT, "examples", f)
        for f in os.listdir(os.path.join(SOURCE_ROOT, "examples")) if f.endswith(".py"))
    r = run(["check", "--format", "json"] + files, tmp)
    refused = ["%s: %s" % (x["file"], x["violations"][:2]) for x in check_reports(r, files)
               if not x["ok"]]
    check(refused == [] and r.code == 0, "benign refused: %s" % refused)


def case_check_json_format(tmp):
    """check --format json: one report a file, unreadable files say why,
    messages name what to write instead."""
    write(tmp, "q.py", "import pandas as pd\ndf = pd.DataFrame()\nx = 1\n"
                       "print(df.query('a > @x'))\ns = '{0.__class__}'.format(x)\n")
    r = run(["check", "--format", "json", "q.py", "missing.py"], tmp)
    check(r.code == 2, repr(r))
    q, missing = [json.loads(line) for line in r.stdout.splitlines()]
    check(missing == {"file": "missing.py", "ok": False,
                      "error": missing.get("error", "")} and "No such file" in missing["error"],
          missing)
    rules = [(v["line"], v["column"], v["rule"]) for v in q["violations"]]
    check(rules == [(4, 10, "dataframe-query"), (5, 5, "format-field")], rules)
    check("df[df.a > x]" in q["violations"][0]["message"], q)
    check("f-string" in q["violations"][1]["message"], q)
    r = run(["check", "--format", "yaml", "q.py"], tmp)
    check(r.code == 2 and "bad option" in r.stderr, repr(r))


def case_check_module_table_missing(tmp):
    """No module table: a configuration error (exit 3) for check and for a
    run, never a weaker check."""
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["check", "s.py"], tmp, SANDEXEC_DATADIR=os.path.join(tmp, "none"))
    check(r.code == 3 and "modules.table" in r.stderr, repr(r))
    r = run(NO_DOCKER + ["--direct", "s.py"], tmp, SANDEXEC_DATADIR=os.path.join(tmp, "none"),
            SANDEXEC_VALIDATOR_ENABLED="true")
    check(r.code == 3 and "modules.table" in r.report["error"], repr(r))
    write(tmp, "bad/modules.table", "m numpy\n")
    r = run(["check", "s.py"], tmp, SANDEXEC_DATADIR=os.path.join(tmp, "bad"))
    check(r.code == 3 and "malformed" in r.stderr, repr(r))


# Names under which the module table reaches a module that is not allowed
# but that are also ordinary attribute names (df.copy(), x.format) or lead
# nowhere dangerous: the chain from an imported module still refuses them.
TABLE_NAMES_NOT_FORBIDDEN = {
    "abc", "common", "compat", "copy", "csv", "csvlib", "expressions", "format", "io",
    "keyword", "numbers", "printing", "pytz", "sql", "string", "struct", "textwrap",
    "types", "unicodedata", "utils", "uuid",
}


def case_module_table_names_forbidden(tmp):
    """Every attribute name by which the module table reaches a module that is
    not allowed is in validator.forbidden_attributes (refused behind any
    object) or judged harmless above: a regenerated table that adds a new
    way out fails here until it is classified."""
    r = run(["config"], tmp)
    check(r.code == 0, repr(r))
    conf = r.stdout
    sect = conf[conf.index("forbidden_attributes:"):]
    sect = sect[:sect.index("allowed_dunders:")]
    forbidden = set(re.findall(r"^\s+- \"?(\w+)", sect, re.M))
    allowed = conf[conf.index("allowed_modules:"):conf.index("forbidden_names:")]
    allowed = set(re.findall(r"^\s+- \"?(\w+)", allowed, re.M))
    denied, names = set(), {}
    for line in open(os.path.join(SOURCE_ROOT, "share", "sandexec", "modules.table")):
        f = line.split()
        if f and f[0] == "x":
            denied.add(f[1])
        elif f and f[0] == "m" and "." in f[1]:
            names.setdefault(f[1].rsplit(".", 1)[1], set()).add(f[2])
    out = sorted(n for n, targets in names.items()
                 if any(t.split(".")[0] not in allowed or t in denied or
                        any(t.startswith(d + ".") for d in denied) for t in targets)
                 and n not in forbidden and n not in TABLE_NAMES_NOT_FORBIDDEN)
    check(out == [], "ways out not classified: %s" % out)

CASES = {name[len("case_"):]: fn for name, fn in sorted(globals().items())
         if name.startswith("case_")}

if __name__ == "__main__":
    sys.exit(main(CASES))
