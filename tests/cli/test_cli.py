#!/usr/bin/env python3
"""The sandexec binary driven from the command line, without a Docker engine."""
import json
import os
import re
import shlex
import stat
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from sxtest import (SANDEXEC, SOURCE_ROOT, check, expect, isolated_env, main,  # noqa: E402
                    run, write)

OK_SCRIPT = "import json\nprint(json.dumps({'x': 1}))\n"
# Runs that must not reach a daemon use a docker CLI that does not exist.
NO_DOCKER = ["--set", "docker.binary=/nonexistent/docker"]


def dry_argv(r):
    """The docker argv of a dry run's shell form (what follows the pipe)."""
    check(r.code == 0, "dry run failed:\n%r" % r)
    words = shlex.split(r.stdout)
    check("|" in words, "no pipe into docker:\n%r" % r)
    return words[words.index("|") + 1:]


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
    # Options stop at the strategy: a word after it is the script's.
    r = run(["x.py", "--timeout"], tmp)
    expect(r, 66, "input_error")
    check(r.report["args"] == ["--timeout"], repr(r))
    r = run(["--timeout"], tmp)
    expect(r, 2, "usage_error")
    check("needs a value" in r.report["error"], repr(r))


def case_second_operand_is_an_argument(tmp):
    """One strategy a run: a second operand is the first's sys.argv[1]."""
    r = run(["a.py", "b.py"], tmp)
    expect(r, 66, "input_error")
    check(r.report["strategy"] == "a.py" and r.report["args"] == ["b.py"], repr(r))


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
    for flag in ["-i", "--rm", "--read-only"]:
        check(flag in argv, "%s missing: %s" % (flag, argv))
    # The bootstrap is the container's PID 1 and supervisor: no --init.
    check("--init" not in argv, argv)
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
    # The container's own deadline: --timeout 30 plus a margin.
    check(argv[-3:] == ["-x.py", "supervise", "35"], argv)
    check(not any(a in argv for a in ["-v", "--volume", "--mount", "--privileged"]), argv)


def case_dry_run_json(tmp):
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--dry-run", "--format", "json", "s.py"], tmp)
    check(r.code == 0, repr(r))
    j = __import__("json").loads(r.stdout)
    shell = shlex.split(run(["--dry-run", "s.py"], tmp).stdout)
    # The same argv but for the run id, which is new each time.
    strip = lambda argv: [re.sub(r"[0-9a-f]{16}|deadline=\d+", "X", a) for a in argv]
    pipe = shell.index("|")
    check(strip(j["argv"]) == strip(shell[pipe + 1:]), (j, shell))
    check(shell[:pipe] == ["{", "echo", "%d;" % len(OK_SCRIPT), "cat", "--", "s.py;", "echo", "0;",
                           "echo", shell[9], "}"], shell)
    check(j["stdin"] == "s.py" and j["script_length"] == len(OK_SCRIPT), j)
    check(re.match(r"^[0-9a-f]{32}$", j["nonce"]), j)
    check(j["args"] == [], j)


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
    keys = {"sandexec", "status", "mode", "fallback", "sandboxed", "warm", "exit_code", "signal",
            "duration_ms", "strategy", "sha256", "result", "violations", "stdout_truncated",
            "stdout", "stderr_truncated", "stderr_dropped", "error", "container", "started_at",
            "usage", "stderr_tail", "exception"}
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
    check(r.stdout == "bad.py:2:5: forbidden-name: 'eval' is not allowed: write the code in "
                      "the script, or keep functions in a dict\n"
                      "bad.py:3:8: forbidden-import: module 'os' is not allowed\n", repr(r))
    r = run(["check", "bad.py", "missing.py"], tmp)
    check(r.code == 66 and "missing.py" in r.stderr, repr(r))
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
                                     "  env: [A=1, 'B=two words', \"C=tab\\there\\u00e9\\\\\\\"q\\x01\"]\n")
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


# Public library code (tests/data/quant/README.md) that the check refuses,
# each for a reason written there.
QUANT_REFUSED = {
    "jealous_stockstats__stockstats.py", "peerchemist_finta__finta.py",
    "pmorissette_ffn__core.py", "kernc_backtesting___stats.py",
    "quantopian_empyrical__stats.py", "quantopian_pyfolio__utils.py",
    "quantopian_empyrical__utils.py", "twopirllc_pandas-ta__momentum_squeeze.py",
    "quantopian_pyfolio__round_trips.py",
    # the held-out set of 2026-11-27 (tests/data/quant/README.md)
    "codlaug_mlfinlab__etf_trick.py",
    "codlaug_mlfinlab__matrix_flags.py", "freqtrade_technical__qtpylib_indicators.py",
    "jesse-ai_jesse__alma.py", "mementum_backtrader__daysteps.py",
    "mementum_backtrader__position.py", "mementum_backtrader__weekdaysfiller.py",
    "quantopian_zipline__data.py", "quantopian_zipline__formatting.py",
    "quantopian_zipline__olmar.py",
}


def case_check_quant_corpus(tmp):
    """Public quant code: the check refuses exactly the files the corpus's
    README explains, no other (a new false positive) and no fewer (a rule
    that stopped reading what it read)."""
    d = os.path.join(SOURCE_ROOT, "tests", "data", "quant")
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".py"))
    check(len(files) >= 70, len(files))
    r = run(["check", "--format", "json"] + files, tmp)
    refused = {os.path.basename(x["file"]) for x in check_reports(r, files) if not x["ok"]}
    check(refused == QUANT_REFUSED, "refused: %s" % sorted(refused ^ QUANT_REFUSED))


GENERATED_REFUSED = {
    "a02", "a17", "a22", "a29", "a34", "a42", "a43", "a48", "a57", "a62",
    "b06", "b16", "b21", "b25", "b29", "b36", "b48", "b55", "b56", "b59",
    "b64", "b67",
    "c06", "c14", "c15", "c16", "c26", "c29", "c30", "c31", "c32", "c51", "c52",
        "c54", "c58",
    "d02", "d04", "d07", "d13", "d14", "d15", "d23", "d25", "d29", "d34", "d38", "d44",
    "d49", "d52", "d56", "d57", "d63",
    "e06", "e07", "e18", "e19", "e28", "e32", "e33", "e35", "e41", "e46", "e47", "e48", "e50",
    "e51", "e52", "e54", "e57", "e60", "e62", "e64", "e65", "e66", "e74",
}


def case_check_generated_corpus(tmp):
    """Strategies as models write them: the check refuses exactly the files
    the corpus's README explains (tests/data/generated/README.md)."""
    d = os.path.join(SOURCE_ROOT, "tests", "data", "generated")
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".py"))
    check(len(files) >= 190, len(files))
    r = run(["check", "--format", "json"] + files, tmp)
    refused = {os.path.basename(x["file"])[:3] for x in check_reports(r, files) if not x["ok"]}
    check(refused == GENERATED_REFUSED, "refused: %s" % sorted(refused ^ GENERATED_REFUSED))


def case_check_output_stable(tmp):
    """The check's name sets hash from a seed drawn once a process (a fixed
    hash let a script put every name into one slot): nothing it prints may
    change with the seed. Where a message names one of several members of
    a set (an operator the script defines, an isinstance() class), it is
    the first in the source."""
    d = os.path.join(SOURCE_ROOT, "tests", "data")
    files = [os.path.join(d, "generated", f) for f in (
        "e19_percent_value_class.py", "d13_money_value_class.py",
        "d29_percent_bps_classes.py", "a17_portfolio_class_properties.py")]
    files.append(os.path.join(SOURCE_ROOT, "tests", "fuzz", "seeds-check",
                              "comparisons-finalizers-names"))
    outs = {run(["check"] + files, tmp).stdout for _ in range(12)}
    check(len(outs) == 1, "outputs differ between runs:\n%s" % "\n----\n".join(outs))
    out = outs.pop()
    # e19 defines __mul__ (line 48), then __truediv__ (51)
    check("e19_percent_value_class.py:31:9: dunder-name:" in out and
          "and the script defines '__mul__'" in out.split("e19_percent_value_class.py:31:9:")[1]
          .splitlines()[0], out)
    # the seed's isinstance() names M before P
    check("isinstance() of 'M'" in out, out)


def case_check_json_format(tmp):
    """check --format json: one report a file, unreadable files say why,
    messages name what to write instead."""
    write(tmp, "q.py", "import pandas as pd\ndf = pd.DataFrame()\nx = 1\n"
                       "print(df.query('a > @x', level=1))\ns = '{0.__class__}'.format(x)\n")
    r = run(["check", "--format", "json", "q.py", "missing.py"], tmp)
    check(r.code == 66, repr(r))
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
# that every script uses on values ("{}".format, df.copy(), args.csv): the
# chain from an imported module still refuses them (policy.c leads_out).
TABLE_NAMES_ON_VALUES = {"copy", "csv", "format"}


def case_module_table_names_forbidden(tmp):
    """Every attribute name by which the module table reaches a module that is
    not allowed (or is denied) is refused behind any object (x.NAME), but
    the three every script uses on values; a regenerated table that adds a
    new way out is refused by the same rule, with no list to keep."""
    r = run(["config"], tmp)
    check(r.code == 0, repr(r))
    conf = r.stdout
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
                 # Private ones (random._os) are refused by their own rule.
                 and not n.startswith("_"))
    check(len(out) > 20 and "textwrap" in out and "compat" in out, repr(out))
    write(tmp, "names.py", "".join("y = x.%s\n" % n for n in out))
    r = run(["check", "--format", "json", "names.py"], tmp)
    lines = {v["line"] for v in json.loads(r.stdout)["violations"]}
    let_through = sorted(n for i, n in enumerate(out, 1) if i not in lines)
    # x.format is refused anyway, as a format receiver that is no literal.
    check(set(let_through) <= TABLE_NAMES_ON_VALUES,
          "not refused behind any object: %s" % let_through)


def run_bytes(args, tmp, **extra_env):
    """A run whose output is kept as bytes: the test sees what was written."""
    import subprocess
    from sxtest import SANDEXEC
    env = isolated_env(tmp, **extra_env)
    return subprocess.run([SANDEXEC] + list(args), cwd=tmp, env=env, capture_output=True,
                          timeout=120)


def strict_json(data):
    """data is valid UTF-8 holding one JSON document a line."""
    import json
    text = data.decode("utf-8")  # raises on an ill-formed byte
    return [json.loads(line) for line in text.splitlines()]


def case_non_utf8_path_json(tmp):
    """A strategy path that is not UTF-8: the report, the dry run's JSON and
    the event log stay valid UTF-8 JSON, each bad byte as U+FFFD."""
    name = b"bad-\xff\xfe.py"
    with open(os.path.join(tmp.encode(), name), "w") as f:
        f.write("import os\n")
    log = os.path.join(tmp, "events.log")
    p = run_bytes(NO_DOCKER + ["--log", log, name], tmp, SANDEXEC_VALIDATOR_ENABLED="true")
    check(p.returncode == 4, p)
    rep = strict_json(p.stdout)[0]
    check(rep["strategy"] == "bad-\ufffd\ufffd.py", rep)
    check(rep["violations"][0]["file"] == "bad-\ufffd\ufffd.py", rep)
    events = strict_json(open(log, "rb").read())
    check(any(e.get("strategy") == "bad-\ufffd\ufffd.py" for e in events), events)
    with open(os.path.join(tmp.encode(), name), "w") as f:
        f.write(OK_SCRIPT)
    p = run_bytes(NO_DOCKER + ["--dry-run", "--format", "json", name], tmp)
    check(p.returncode == 0, p)
    j = strict_json(p.stdout)[0]
    check(j["stdin"] == "bad-\ufffd\ufffd.py", j)


def case_env_typo_and_dev_null(tmp):
    """An unknown SANDEXEC_ variable is a configuration error, as an unknown
    key in a file is; -c /dev/null is an empty configuration."""
    write(tmp, "s.py", OK_SCRIPT)
    r = run(NO_DOCKER + ["s.py"], tmp, SANDEXEC_DOCKER_MEMROY="1g")
    expect(r, 3, "config_error")
    check("SANDEXEC_DOCKER_MEMROY" in r.report["error"], repr(r))
    r = run(["config"], tmp, SANDEXEC_DOCKER_MEMROY="1g")
    check(r.code == 3 and "SANDEXEC_DOCKER_MEMROY" in r.stderr, repr(r))
    r = run(["config", "-c", "/dev/null"], tmp)
    check(r.code == 0 and "  image: \"sandexec-python:bookworm\"  # default" in r.stdout, repr(r))
    r = run(NO_DOCKER + ["-c", "/dev/null", "--dry-run", "s.py"], tmp)
    check(r.code == 0, repr(r))


def case_usage_error_names_the_option(tmp):
    """A usage error names the option as it was written, not a value, an
    operand or the binary."""
    for args, word in ((["--timeout", "5", "-x.py"], "'-x'"), (["-x.py"], "'-x'"),
                       (["--no-log", "-x.py"], "'-x'"), (["--bogus=3", "x.py"], "'--bogus'"),
                       (["-c"], "'-c'")):
        r = run(args, tmp)
        expect(r, 2, "usage_error")
        check(word in r.report["error"] and "sandexec'" not in r.report["error"]
              and "'5'" not in r.report["error"], (args, r))
    for args, word in ((["doctor", "-s", "docker.image=x"], "'-s'"),
                       (["doctor", "--set", "docker.image=x"], "'--set'"),
                       (["check", "--all", "x.py"], "'--all'")):
        r = run(args, tmp)
        check(r.code == 2 and word in r.stderr and "docker.image=x" not in r.stderr
              and "x.py" not in r.stderr.split("\n")[0], (args, r))


def case_engine_and_profile_messages(tmp):
    """--data with DOCKER_HOST set but empty names the context that refused
    it; a seccomp profile over the 4 MiB bound is refused by name."""
    write(tmp, "s.py", OK_SCRIPT)
    os.makedirs(os.path.join(tmp, "data"))
    r = run(NO_DOCKER + ["--data", "data", "s.py"], tmp, DOCKER_HOST="", DOCKER_CONTEXT="remote")
    expect(r, 2, "usage_error")
    check("DOCKER_CONTEXT names another engine (remote)" in r.report["error"], repr(r))
    big = write(tmp, "big.json", '{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": []}'
                + " " * (4 << 20))
    r = run(NO_DOCKER + ["--set", "docker.seccomp_profile=" + big, "--dry-run", "s.py"], tmp)
    expect(r, 3, "config_error")
    check("larger than 4 MiB" in r.report["error"], repr(r))


def case_dry_run_checks_and_is_complete(tmp):
    """--dry-run runs the static check (a refused script is refused, exit 4,
    with the violations) and its shell form ends with the script as stdin."""
    write(tmp, "bad.py", "import os\n")
    r = run(NO_DOCKER + ["--dry-run", "bad.py"], tmp, SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 4, "rejected")
    check(r.report["violations"][0]["rule"] == "forbidden-import", repr(r))
    r = run(NO_DOCKER + ["--dry-run", "--format", "json", "bad.py"], tmp,
            SANDEXEC_VALIDATOR_ENABLED="true")
    expect(r, 4, "rejected")
    write(tmp, "it's.py", OK_SCRIPT)
    r = run(NO_DOCKER + ["--dry-run", "it's.py"], tmp, SANDEXEC_VALIDATOR_ENABLED="true")
    # What a run writes on the client's stdin: length, script, the
    # arguments' length (and the arguments), nonce.
    check(r.code == 0 and re.match(r"^\{ echo %d; cat -- 'it'\\''s\.py'; echo 0; echo [0-9a-f]{32}; \} \| "
                                   % len(OK_SCRIPT), r.stdout), repr(r))
    check(shlex.split(r.stdout)[:7] == ["{", "echo", "%d;" % len(OK_SCRIPT), "cat", "--",
                                        "it's.py;", "echo"], repr(r))


def case_error_line_names_strategy(tmp):
    """Every error line about a strategy names it: sandexec: PATH: STATUS: MSG."""
    write(tmp, "s.py", OK_SCRIPT)
    for args, env, line in (
            (NO_DOCKER + ["s.py"], {}, "sandexec: s.py: sandbox_unavailable: "),
            (["missing.py"], {}, "sandexec: missing.py: input_error: "),
            (["--timeout", "x", "s.py"], {}, "sandexec: s.py: config_error: "),
            (NO_DOCKER + ["s.py"], {"SANDEXEC_DOCKER_MEMROY": "1g"},
             "sandexec: s.py: config_error: ")):
        r = run(args, tmp, **env)
        check(r.stderr.startswith(line) and r.stderr.count("\n") == 1, (args, r))
    r = run(["--bogus"], tmp)
    check(r.stderr.startswith("sandexec: usage_error: "), repr(r))


def case_root_strategy_links(tmp):
    """As root, a strategy that is a symbolic link, or a hard link to a file
    others cannot read, is refused (input_error, 66) and never read; a
    directory link on the path is fine. Not as root, links are followed."""
    write(tmp, "real.py", OK_SCRIPT)
    os.symlink("real.py", os.path.join(tmp, "link.py"))
    os.symlink(".", os.path.join(tmp, "dirlink"))
    if os.geteuid() != 0:
        r = run(NO_DOCKER + ["--dry-run", "link.py"], tmp)
        check(r.code == 0, repr(r))
        return
    secret = write(tmp, "secret", "root:TOPSECRET-HASH:19000:0:99999:7:::\n")
    os.chmod(secret, 0o600)
    os.symlink(secret, os.path.join(tmp, "shadowlink.py"))
    os.link(secret, os.path.join(tmp, "hardlink.py"))
    for name, why in (("shadowlink.py", "symbolic link"), ("link.py", "symbolic link"),
                      ("hardlink.py", "hard links")):
        r = run(NO_DOCKER + [name], tmp)
        expect(r, 66, "input_error")
        check(why in r.report["error"] and "TOPSECRET" not in r.stdout + r.stderr, repr(r))
        r = run(NO_DOCKER + ["--dry-run", name], tmp)
        expect(r, 66, "input_error")
    r = run(NO_DOCKER + ["--dry-run", "dirlink/real.py"], tmp)
    check(r.code == 0, repr(r))
    os.link(os.path.join(tmp, "real.py"), os.path.join(tmp, "shared.py"))
    r = run(NO_DOCKER + ["--dry-run", "shared.py"], tmp)  # readable by others: fine
    check(r.code == 0, repr(r))
    # Not root: the caller's own permissions apply, and a link is followed.
    os.chmod(tmp, 0o755)
    os.chmod(os.path.join(tmp, "real.py"), 0o644)

    def as_nobody():
        os.setgroups([])
        os.setgid(65534)
        os.setuid(65534)
    import subprocess
    from sxtest import SANDEXEC
    p = subprocess.run([SANDEXEC] + NO_DOCKER + ["--dry-run", "link.py"], cwd=tmp,
                       env=isolated_env(tmp, HOME="/nonexistent"), preexec_fn=as_nobody,
                       capture_output=True, text=True, timeout=60)
    check(p.returncode == 0 and p.stdout.startswith("{ echo %d; cat -- 'link.py'; " % len(OK_SCRIPT)), p)
    p = subprocess.run([SANDEXEC] + NO_DOCKER + ["shadowlink.py"], cwd=tmp,
                       env=isolated_env(tmp, HOME="/nonexistent"), preexec_fn=as_nobody,
                       capture_output=True, text=True, timeout=60)
    check(p.returncode == 66 and "Permission denied" in p.stderr, p)


def mdoc_line(line):
    """A one-line mdoc .It as plain words: enough for the COMMANDS heads."""
    out, closes = "", 0
    words = line.split()[1:]
    nospace = False
    i = 0
    while i < len(words):
        w = words[i]
        text = None
        if w == "Op":
            text, closes = "[", closes + 1
        elif w == "Oo":
            text = "["
        elif w == "Oc":
            out += "]"
        elif w == "Ns":
            nospace = True
        elif w == "Fl":
            i += 1
            text = "-" + words[i]
        elif w in ("Ar", "Cm"):
            pass
        else:
            text = w
        if text is not None:
            sep = "" if nospace or out.endswith("[") or not out else " "
            out += sep + text
            nospace = False
        i += 1
    return out + "]" * closes


def case_man_commands_match_help(tmp):
    """Each subcommand's head in sandexec(1) COMMANDS reads as its --help
    usage line."""
    man = open(os.path.join(SOURCE_ROOT, "man", "sandexec.1")).read().splitlines()
    for sub in ("check", "config", "doctor", "gc"):
        head = [l for l in man if l.startswith(".It Cm %s " % sub) or l == ".It Cm " + sub]
        check(len(head) == 1, (sub, head))
        usage = run([sub, "--help"], tmp).stdout.splitlines()[0]
        want = usage[len("usage: sandexec "):].lower().replace("file...", "file ...")
        check(mdoc_line(head[0]) == want, (sub, mdoc_line(head[0]), want))


def case_man_lone_punctuation(tmp):
    """mdoc takes a lone ',' or '.' after a macro as a closing delimiter, so
    '.Sq ,' rendered as ''; such an argument must be escaped (\\&,)."""
    for page in ("sandexec.1", "sandexec.yaml.5"):
        lines = open(os.path.join(SOURCE_ROOT, "man", page)).read().splitlines()
        bad = [l for l in lines if re.match(r"^\.(Sq|Dq|Ql|Li|Pq|Cm|Ar) [,.;:]$", l)]
        check(not bad, (page, bad))


def fake_engine(tmp, runtimes):
    """A docker CLI whose engine has these runtimes registered; it logs every
    call, and its `docker run` runs nothing."""
    calls = os.path.join(tmp, "calls")
    info = '{"default":"runc","runtimes":%s}' % runtimes
    path = write(tmp, "fake-docker", "#!/bin/sh\n"
                 "echo \"$*\" >> '%s'\n"
                 "[ \"$1\" = info ] && printf '%%s\\n' '%s'\n"
                 "exit 0\n" % (calls, info))
    os.chmod(path, 0o755)
    return ["--set", "docker.binary=" + path], calls


def case_runtime_gvisor_without_oci_seccomp(tmp):
    """A gVisor runtime registered without --oci-seccomp would run the script
    without the seccomp profile: refused before docker run, even with
    --fallback; registered with it, the run goes ahead."""
    write(tmp, "s.py", OK_SCRIPT)
    for args in (['"--platform=ptrace"', '"--network=none"'], ['"--oci-seccomp=false"']):
        fake, calls = fake_engine(tmp, '{"runc":{"path":"runc"},"gvisor":{"path":'
                                  '"/usr/bin/runsc","runtimeArgs":[%s]}}' % ",".join(args))
        r = run(fake + ["--fallback", "--set", "docker.runtime=gvisor", "s.py"], tmp)
        expect(r, 3, "config_error")
        check("--oci-seccomp" in r.report["error"] and "gvisor" in r.report["error"], repr(r))
        check(r.report["fallback"] is False and r.report["stdout"] is None, repr(r))
        logged = open(calls).read()
        os.unlink(calls)
        check(logged.startswith("info") and "run" not in logged.split(), logged)
    fake, calls = fake_engine(tmp, '{"runsc":{"path":"/usr/bin/runsc","runtimeArgs":'
                              '["--platform=ptrace","--oci-seccomp"]}}')
    r = run(fake + ["--set", "docker.runtime=runsc", "s.py"], tmp)
    expect(r, 6, "sandbox_unavailable")  # the fake's docker run ran nothing
    logged = open(calls).read().splitlines()
    check(logged[0].startswith("info") and logged[1].startswith("run "), logged)
    check("--runtime runsc" in logged[1], logged)


def case_runtime_not_registered(tmp):
    """A docker.runtime the engine does not have is a configuration error
    that names what it has; without docker.runtime no docker info is asked."""
    write(tmp, "s.py", OK_SCRIPT)
    fake, calls = fake_engine(tmp, '{"runc":{"path":"runc"},"runsc":{"path":"runsc"}}')
    r = run(fake + ["--fallback", "--set", "docker.runtime=kata", "s.py"], tmp)
    expect(r, 3, "config_error")
    check("'kata' is not registered" in r.report["error"] and "runc, runsc" in r.report["error"],
          repr(r))
    os.unlink(calls)
    r = run(fake + ["s.py"], tmp)
    expect(r, 6, "sandbox_unavailable")
    check(open(calls).read().split()[0] == "run", open(calls).read())


def case_runtime_unlisted_or_runc(tmp):
    """An engine that answers docker info but lists no runtimes (podman's
    template error) cannot vouch for docker.runtime: a configuration error,
    not a docker outage (no fallback). runc is never asked about: docker
    reserves the name."""
    write(tmp, "s.py", OK_SCRIPT)
    calls = os.path.join(tmp, "calls")
    fake = write(tmp, "fake-podman", "#!/bin/sh\n"
                 "echo \"$*\" >> '%s'\n"
                 "if [ \"$1\" = info ]; then echo 'Error: template: info:1:18: executing "
                 "\"info\" at <.DefaultRuntime>: can'\\''t evaluate field' >&2; exit 125; fi\n"
                 "exit 0\n" % calls)
    os.chmod(fake, 0o755)
    r = run(["--set", "docker.binary=" + fake, "--fallback", "--set", "docker.runtime=runsc",
             "s.py"], tmp)
    expect(r, 3, "config_error")
    check("cannot be checked" in r.report["error"] and "template" in r.report["error"],
          repr(r))
    check(r.report["fallback"] is False, repr(r))
    os.unlink(calls)
    r = run(["--set", "docker.binary=" + fake, "--set", "docker.runtime=runc", "s.py"], tmp)
    expect(r, 6, "sandbox_unavailable")  # the fake ran nothing
    logged = open(calls).read().split()
    check(logged[0] == "run" and "info" not in logged, logged)


def case_doctor_runtime(tmp):
    """doctor checks the runtime a run would use, the engine's default too."""
    for runtimes, setting, mark, want in (
            ('{"runsc":{"path":"/usr/bin/runsc","runtimeArgs":["--network=none"]}}', "runsc",
             "FAIL", "without --oci-seccomp"),
            ('{"runsc":{"path":"/usr/bin/runsc","runtimeArgs":["--oci-seccomp"]}}', "runsc",
             "ok", "gVisor, platform ptrace, seccomp enforced"),
            ('{"runc":{"path":"runc"}}', "", "ok", "runc (engine default)"),
            ('{"runc":{"path":"runc"}}', "runsc", "FAIL", "'runsc' is not registered")):
        fake, _ = fake_engine(tmp, runtimes)
        args = ["doctor", "-c", write(tmp, "c.yaml", "docker: {runtime: '%s'}\n" % setting)]
        r = run(args, tmp, SANDEXEC_DOCKER_BINARY=fake[1].split("=", 1)[1])
        lines = [l for l in r.stdout.splitlines() if l.split()[1:2] == ["runtime"]]
        check(len(lines) == 1 and lines[0].startswith(mark) and want in lines[0], r.stdout)
        check(r.code == (1 if mark == "FAIL" else r.code), repr(r))
    fake, _ = fake_engine(tmp, '{"runc":{"path":"runc"},"runsc":{"path":"/usr/bin/runsc"}}')
    r = run(["doctor"], tmp, SANDEXEC_DOCKER_BINARY=fake[1].split("=", 1)[1])
    # The engine's default is read from docker info, not assumed.
    check("runc (engine default)" in r.stdout, r.stdout)
    # A gVisor default, even with --oci-seccomp, is one runs would not adapt to.
    path = write(tmp, "fake-docker", "#!/bin/sh\n[ \"$1\" = info ] && echo '{\"default\":"
                 "\"runsc\",\"runtimes\":{\"runsc\":{\"path\":\"runsc\",\"runtimeArgs\":"
                 "[\"--oci-seccomp\"]}}}'\nexit 0\n")
    os.chmod(path, 0o755)
    r = run(["doctor"], tmp, SANDEXEC_DOCKER_BINARY=path)
    check(re.search(r"^FAIL +runtime .*default runtime runsc is gVisor: set docker.runtime: "
                    r"runsc", r.stdout, re.M), r.stdout)


def case_seccomp_gvisor_derived(tmp):
    """seccomp-gvisor.json is seccomp.json with each errnoRet rule decided
    for gVisor (which answers them all with EPERM); a new errnoRet rule
    nobody decided stops the derivation."""
    import json
    import subprocess
    share = os.path.join(SOURCE_ROOT, "share", "sandexec")
    make = [sys.executable, os.path.join(share, "make-gvisor-profile.py")]
    p = subprocess.run(make + ["--check"], capture_output=True, text=True, timeout=30)
    check(p.returncode == 0, p)
    base = json.load(open(os.path.join(share, "seccomp.json")))
    gv = json.load(open(os.path.join(share, "seccomp-gvisor.json")))
    check(not any("errnoRet" in r for r in gv["syscalls"]), gv)
    check({k: v for k, v in gv.items() if k != "syscalls"} ==
          {k: v for k, v in base.items() if k != "syscalls"}, gv)
    same = [r for r in base["syscalls"] if "errnoRet" not in r]
    check([r for r in gv["syscalls"] if r in same] == same, "allowlist differs")
    base["syscalls"].append({"names": ["mbind"], "action": "SCMP_ACT_ERRNO", "errnoRet": 38})
    src = write(tmp, "s.json", json.dumps(base))
    p = subprocess.run(make + [src, os.path.join(tmp, "d.json")], capture_output=True,
                       text=True, timeout=30)
    check(p.returncode != 0 and "mbind" in p.stderr and "DECIDED" in p.stderr, p)


def case_register_runsc(tmp):
    """scripts/register-runsc.py merges the runsc entry the gVisor tier needs
    into daemon.json, keeps everything else, changes nothing the second
    time, and leaves a file it cannot read alone."""
    import json
    import subprocess
    script = os.path.join(SOURCE_ROOT, "scripts", "register-runsc.py")
    path = write(tmp, "etc/daemon.json", json.dumps({
        "log-level": "warn", "runtimes": {"kata": {"path": "kata"}, "runsc": {
            "path": "/old/runsc", "runtimeArgs": ["--debug", "--network=host",
                                                  "-oci-seccomp=false"]}}}))
    reg = lambda *a: subprocess.run([sys.executable, script, path, "/usr/bin/runsc"] + list(a),
                                    capture_output=True, text=True, timeout=30)
    p = reg()
    check(p.returncode == 0 and p.stdout == "changed\n", p)
    conf = json.load(open(path))
    check(conf["log-level"] == "warn" and conf["runtimes"]["kata"] == {"path": "kata"}, conf)
    check(conf["runtimes"]["runsc"] == {"path": "/usr/bin/runsc", "runtimeArgs": [
        "--platform=ptrace", "--network=none", "--oci-seccomp", "--debug"]}, conf)
    p = reg()
    check(p.returncode == 0 and p.stdout == "", p)
    os.unlink(path)
    p = reg("kvm")
    check(p.stdout == "changed\n" and json.load(open(path)) == {"runtimes": {"runsc": {
        "path": "/usr/bin/runsc", "runtimeArgs": ["--platform=kvm", "--network=none",
                                                  "--oci-seccomp"]}}}, p)
    write(tmp, "etc/daemon.json", "{not json")
    p = reg()
    check(p.returncode == 1 and "not touched" in p.stderr, p)
    check(open(path).read() == "{not json", "rewrote a file it could not read")


def case_closed_stdout(tmp):
    """Whatever sandexec had to print on a stdout closed by the caller
    (>&-), it exits 70 rather than 0: the output went nowhere."""
    write(tmp, "s.py", OK_SCRIPT)
    for args in (["--help"], ["--version"], ["config"], ["--dry-run", "s.py"],
                 NO_DOCKER + ["s.py"], ["--bogus"]):
        p = subprocess.run([SANDEXEC] + args, cwd=tmp, env=isolated_env(tmp),
                           stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           preexec_fn=lambda: os.close(1), timeout=60)
        check(p.returncode == 70, "%s: exit %d: %s" % (args, p.returncode, p.stderr))
    # The run's own status is named on stderr: usage_error here.
    check("cannot write the report: stdout was closed; the run's status was usage_error "
          "(exit 2)" in p.stderr, p.stderr)


def case_error_line_escapes_outside_text(tmp):
    """The error line is one line whatever the path or message holds: a
    newline, ESC or an ill-formed byte in them is escaped (\\n, \\x1b, \\xff),
    so no line can be forged and no terminal driven."""
    r = run_bytes(["--", b"missing\nsandexec: fake.py: ok: all good\x1b[31m\xff"], tmp)
    err = r.stderr
    check(err.count(b"\n") == 1 and b"\x1b" not in err and b"\xff" not in err, repr(r))
    check(err.startswith(b"sandexec: missing\\nsandexec: fake.py: ok: all good\\x1b[31m"
                         b"\\xff: input_error: "), repr(r))
    # A configuration file's name and a NUL in its scalar, through the
    # config error line of a subcommand.
    cfg = write(tmp, "a\nb.yaml", 'docker:\n  image: "x\\0y"\n')
    r = run_bytes(["config", "-c", cfg], tmp)
    check(r.stderr.count(b"\n") == 1 and b"a\\nb.yaml:2:10: docker.image: " in r.stderr
          and b"'x\\0y'" in r.stderr, repr(r))


def case_config_require(tmp):
    """output.require in sandexec config, loading back; a bad spec, the
    variable and the flag are configuration errors naming the key."""
    given = write(tmp, "given.yaml",
                  "output:\n  require:\n    trades: integer >= 0\n"
                  "    'we\"ird: k\u00e9y': number > -1, < 1\n    any_key:\n")
    p = run(["config", "-c", given], tmp)
    check(p.code == 0, repr(p))
    lines = p.stdout.splitlines()
    for w in ("  require:  # %s:3:5" % given, "    \"trades\": \"integer >= 0\"",
              "    \"we\\\"ird: k\u00e9y\": \"number > -1, < 1\"", "    \"any_key\": \"\""):
        check(w in lines, "%r not in:\n%s" % (w, p.stdout))
    dumped = write(tmp, "dumped.yaml", p.stdout)
    q = run(["config", "-c", dumped], tmp)
    check(q.code == 0, repr(q))
    strip = lambda text: [l.split("  #")[0] for l in text.splitlines()]
    check(strip(q.stdout) == strip(p.stdout), "round trip differs:\n%s\n---\n%s"
          % (p.stdout, q.stdout))
    # The empty default prints as "require:" and loads back.
    r = run(["config", "-c", "/dev/null"], tmp)
    check("  require:  # default" in r.stdout.splitlines(), repr(r))
    bad = write(tmp, "bad.yaml", "output:\n  require:\n    trades: integer >= zero\n")
    r = run(["config", "-c", bad], tmp)
    check(r.code == 3 and "%s:3:13: output.require.trades: 'integer >= zero'" % bad in r.stderr,
          repr(r))
    write(tmp, "s.py", "print('{}')\n")
    r = run(["-c", bad, "--direct", "s.py"], tmp)
    expect(r, 3, "config_error")
    r = run(["--direct", "s.py"], tmp, SANDEXEC_OUTPUT_REQUIRE="trades: number")
    expect(r, 3, "config_error")
    check("output.require cannot be set from the environment" in r.report["error"], repr(r))
    r = run(["--set", "output.require=trades", "--direct", "s.py"], tmp)
    check(r.code in (2, 3) and "output.require cannot be set from here" in r.stderr, repr(r))


def case_check_exit_codes_like_run(tmp):
    """check gives the exit code and the error line a run gives for the same
    file; several files give the worst (66 over 4 over 0); -q prints
    nothing."""
    write(tmp, "clean.py", OK_SCRIPT)
    write(tmp, "bad.py", "import os\n")
    write(tmp, "nul.py", "x = 1\0\n")
    os.mkdir(os.path.join(tmp, "adir"))
    for f, want in [("clean.py", 0), ("bad.py", 4), ("missing.py", 66), ("nul.py", 66),
                    ("adir", 66)]:
        c = run(["check", f], tmp)
        d = run(NO_DOCKER + ["--dry-run", f], tmp, SANDEXEC_VALIDATOR_ENABLED="true")
        check(c.code == want and d.code == want, "%s: check %r, run %r" % (f, c, d))
        if want == 66:
            line = [l for l in d.stderr.splitlines() if "input_error" in l]
            check(line and c.stderr.splitlines() == line, "%r\n%r" % (c, d))
    for files, want in [(["clean.py", "bad.py"], 4), (["bad.py", "missing.py"], 66),
                        (["missing.py", "bad.py", "clean.py"], 66)]:
        r = run(["check"] + files, tmp)
        check(r.code == want, "%s: %r" % (files, r))
        for fmt in (["--format", "json"], ["--format", "text"], []):
            for q in ("-q", "--quiet"):
                r = run(["check", q] + fmt + files, tmp)
                check(r.code == want and r.stdout == "" and r.stderr == "", repr(r))
    cfg = write(tmp, "bad.yaml", "validator:\n  allowed_modules: json\n")
    r = run(["check", "-q", "-c", cfg, "clean.py"], tmp)
    check(r.code == 3 and r.stdout == "" and r.stderr == "", repr(r))
    r = run(["check", "-q", "clean.py"], tmp, SANDEXEC_DATADIR=os.path.join(tmp, "none"))
    check(r.code == 3 and r.stdout == "" and r.stderr == "", repr(r))
    r = run(["check", "-x", "clean.py"], tmp)
    check(r.code == 2 and "bad option '-x'" in r.stderr, repr(r))


def case_validator_extra_lists(tmp):
    """allowed_modules_extra adds to the defaults (numpy stays allowed);
    allowed_modules replaces them; sandexec config shows both and loads
    back."""
    write(tmp, "s.py", "import numpy\nimport scipy\nx = print\n")
    only = write(tmp, "only.yaml", "validator:\n  allowed_modules: [scipy]\n")
    r = run(["check", "-c", only, "s.py"], tmp)
    check(r.code == 4 and "module 'numpy' is not allowed" in r.stdout, repr(r))
    extra = write(tmp, "extra.yaml", "validator:\n  allowed_modules_extra: [scipy]\n"
                                     "  forbidden_names_extra: [print]\n")
    r = run(["check", "-c", extra, "s.py"], tmp)
    check(r.code == 4 and r.stdout == "s.py:3:5: forbidden-name: 'print' is not allowed\n",
          repr(r))
    p = run(["config", "-c", extra], tmp)
    check(p.code == 0 and "  allowed_modules_extra:  # %s:2:26" % extra in p.stdout.splitlines()
          and "    - \"scipy\"" in p.stdout.splitlines(), p.stdout)
    dumped = write(tmp, "dumped.yaml", p.stdout)
    r = run(["check", "-c", dumped, "s.py"], tmp)
    check(r.code == 4 and r.stdout == "s.py:3:5: forbidden-name: 'print' is not allowed\n",
          repr(r))


def case_check_unreadable_like_run(tmp):
    """A file its reader may not open: input_error (66) from check as from a
    run, for real, as nobody through setpriv."""
    check(os.geteuid() == 0, "this case needs root to become nobody")
    os.chmod(tmp, 0o755)
    path = write(tmp, "secret.py", OK_SCRIPT)
    os.chmod(path, 0o600)
    env = isolated_env(tmp)
    nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", SANDEXEC]
    for args in (["check", "secret.py"], NO_DOCKER + ["--dry-run", "secret.py"]):
        p = subprocess.run(nobody + args, cwd=tmp, env=env, capture_output=True, text=True,
                           timeout=60)
        check(p.returncode == 66 and "secret.py: input_error: " in p.stderr
              and "Permission denied" in p.stderr, "%s: %r" % (args, p))


def case_output_not_a_regular_file(tmp):
    """-o naming a FIFO, a symbolic link or a directory is a usage error
    before anything runs, and the file is left as it was: a rename over it
    would replace it (as root, -o /dev/null would replace the device)."""
    write(tmp, "s.py", OK_SCRIPT)
    fifo = os.path.join(tmp, "fifo")
    os.mkfifo(fifo)
    write(tmp, "target.json", "keep\n")
    os.symlink("target.json", os.path.join(tmp, "link.json"))
    os.mkdir(os.path.join(tmp, "dir.json"))
    for name in ("fifo", "link.json", "dir.json"):
        r = run(NO_DOCKER + ["-o", name, "s.py"], tmp)
        expect(r, 2, "usage_error")
        check("not a regular file" in r.report["error"], repr(r))
    check(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced")
    check(os.path.islink(os.path.join(tmp, "link.json")), "the link was replaced")
    check(open(os.path.join(tmp, "target.json")).read() == "keep\n", "the target changed")


def case_check_quiet_usage_error(tmp):
    """check -q says nothing even for a bad option or a missing operand,
    wherever -q stands; the exit code (2) says it."""
    write(tmp, "s.py", OK_SCRIPT)
    for args in (["check", "-q", "--bogus", "s.py"], ["check", "--bogus", "-q", "s.py"],
                 ["check", "-q"]):
        r = run(args, tmp)
        check(r.code == 2 and r.stdout == "" and r.stderr == "", (args, r))
    r = run(["check", "--bogus", "s.py"], tmp)
    check(r.code == 2 and "bad option" in r.stderr, repr(r))


def case_output_with_dry_run(tmp):
    """-o with --dry-run is a usage error, not a silently ignored -o; -o
    needs a non-empty file name."""
    write(tmp, "s.py", OK_SCRIPT)
    r = run(["--dry-run", "-o", os.path.join(tmp, "r.json"), "s.py"], tmp)
    expect(r, 2, "usage_error")
    check(not os.path.exists(os.path.join(tmp, "r.json")), repr(r))
    r = run(["-o", "", "s.py"], tmp)
    expect(r, 2, "usage_error")


CASES = {name[len("case_"):]: fn for name, fn in sorted(globals().items())
         if name.startswith("case_")}

if __name__ == "__main__":
    sys.exit(main(CASES))
