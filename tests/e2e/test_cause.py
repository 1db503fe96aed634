#!/usr/bin/env python3
"""The cause of a failure: the report's stderr_tail and exception, and
tracebacks in the script's own terms (its file, its lines, no frame of the
bootstrap).

Every case runs in the container (docker-*, against the real engine) and
with --direct (direct-*)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)
from sxtest import check, expect, main, run, write  # noqa: E402
from test_e2e import IMAGE, no_container_left, prologue  # noqa: E402

EXC_MARKER = "\x1esandexec-exception"


def sx(tmp, direct, script, *args, **kw):
    write(tmp, "strategy.py", script)
    mode = ["--direct"] if direct else ["--image", IMAGE]
    r = run(mode + list(args) + ["strategy.py"], tmp, **kw)
    if not direct and r.report and r.report.get("run_id"):
        no_container_left(r)
    return r


def events(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def no_bootstrap(r):
    """Nothing of the bootstrap in what the caller sees."""
    check('File "<string>"' not in r.stderr, "a bootstrap frame:\n%s" % r.stderr)
    check('File "<string>"' not in (r.report.get("stderr_tail") or ""), repr(r.report))
    check(EXC_MARKER not in (r.report.get("stdout") or ""), repr(r.report))
    check(EXC_MARKER not in r.stderr, r.stderr)


DEEP = """import json
print("before")

def leaf(x):
    return 1 / x

def middle(x):
    y = x - 1
    return leaf(y)

def top():
    return middle(1)

top()
"""


def deep_zero_division(tmp, direct):
    """ZeroDivisionError three calls deep: the type, the message and the
    line of the raise (5), the traceback from the script's first frame with
    its source lines, the report's stdout without the bootstrap's record,
    the one-line error, the event log and --format text."""
    log = os.path.join(tmp, "log.json")
    r = sx(tmp, direct, DEEP, "--log", log)
    expect(r, 1, "strategy_error")
    check(r.report["exception"] == {"type": "ZeroDivisionError",
                                    "message": "division by zero", "line": 5}, repr(r.report))
    check(r.report["exit_code"] == 1 and r.report["signal"] is None, repr(r.report))
    check(r.report["stdout"] == "before\n", repr(r.report))
    tail = r.report["stderr_tail"]
    check(tail.startswith("Traceback (most recent call last):\n"
                          '  File "strategy.py", line 14, in <module>\n    top()\n'), tail)
    check('  File "strategy.py", line 5, in leaf\n    return 1 / x\n' in tail, tail)
    check(tail.endswith("ZeroDivisionError: division by zero\n"), tail)
    check(tail in r.stderr, "the tail is not the end of stderr:\n%s" % r.stderr)
    no_bootstrap(r)
    check("strategy_error: the script exited with status 1 after an uncaught "
          "ZeroDivisionError at line 5" in r.stderr, r.stderr)
    fin = [e for e in events(log) if e["event_type"] == "run_finished"]
    check(len(fin) == 1 and fin[0]["exception"] == r.report["exception"] and
          fin[0]["stderr_tail"] == tail, repr(fin))
    t = sx(tmp, direct, DEEP, "--format", "text")
    check(t.code == 1, repr(t))
    lines = t.stdout.splitlines()
    check("exception: ZeroDivisionError: division by zero (line 5)" in lines, t.stdout)
    i = lines.index("stderr (last lines):")
    check(lines[-1] == "  | ZeroDivisionError: division by zero" and
          len(lines) - i - 1 == 10, t.stdout)


def syntax_error(tmp, direct):
    """A SyntaxError of the script: its line, and the traceback Python
    prints for `python3 strategy.py` (no frame at all)."""
    r = sx(tmp, direct, "import json\n\nx = (1 +\ny = 2\nprint(json.dumps({}))\n")
    expect(r, 1, "strategy_error")
    exc = r.report["exception"]
    check(exc["type"] == "SyntaxError" and exc["line"] == 3, repr(exc))
    check(exc["message"].startswith("'(' was never closed"), repr(exc))
    check(r.report["stderr_tail"].startswith('  File "strategy.py", line 3\n'),
          repr(r.report["stderr_tail"]))
    check("Traceback" not in r.stderr, r.stderr)
    no_bootstrap(r)


def odd_message(tmp, direct):
    """A message that is not ASCII, spans lines and holds NUL, " ", "%" and
    a lone surrogate; an exception class of the script's own: in the
    report as they are (NUL as \\u0000, the surrogate as U+FFFD)."""
    script = ("class Écart(Exception):\n    pass\n\ndef f():\n"
              "    raise Écart('prix élevé 📈 100%%\\nligne 2\\x00 fin \\udc80')\n\nf()\n")
    r = sx(tmp, direct, script)
    expect(r, 1, "strategy_error")
    check(r.report["exception"] == {"type": "Écart", "line": 5,
                                    "message": "prix élevé 📈 100%%\nligne 2\x00 fin \ufffd"},
          repr(r.report["exception"]))
    check('"message":"prix élevé 📈 100%%\\nligne 2\\u0000 fin \ufffd"' in r.stdout, r.stdout)
    no_bootstrap(r)
    t = sx(tmp, direct, script, "--format", "text")
    check("exception: Écart: prix élevé 📈 100%%\\nligne 2\\x00 fin \ufffd (line 5)"
          in t.stdout.splitlines(), t.stdout)


def keyboard_interrupt(tmp, direct):
    """An uncaught KeyboardInterrupt ends the script by SIGINT, as the
    interpreter does; it is reported with its line."""
    r = sx(tmp, direct, "def f():\n    raise KeyboardInterrupt\n\nf()\n")
    expect(r, 1, "strategy_error")
    check(r.report["signal"] == 2 and r.report["exit_code"] is None, repr(r.report))
    check(r.report["exception"] == {"type": "KeyboardInterrupt", "message": "", "line": 2},
          repr(r.report))
    check(r.report["stderr_tail"].endswith("KeyboardInterrupt\n"), repr(r.report))
    no_bootstrap(r)


def system_exit(tmp, direct):
    """SystemExit is how a script chooses its status: no exception, no
    traceback, its code and message as the interpreter handles them."""
    r = sx(tmp, direct, "import sys\ndef f():\n    sys.exit(3)\nf()\n")
    expect(r, 1, "strategy_error")
    check(r.report["exit_code"] == 3 and r.report["exception"] is None, repr(r.report))
    check(r.report["stderr_tail"] == "", repr(r.report))
    check(r.report["error"] == "the script exited with status 3", repr(r.report))
    r = sx(tmp, direct, "raise SystemExit('no data')\n")
    expect(r, 1, "strategy_error")
    check(r.report["exit_code"] == 1 and r.report["exception"] is None, repr(r.report))
    check(r.report["stderr_tail"] == "no data\n", repr(r.report))


def flood_then_raise(tmp, direct):
    """3 MiB of stderr over output.max_stderr, then an exception: the tail
    is still the end of stderr, bounded by output.stderr_tail."""
    script = ("import sys\nfor i in range(3 * 1024):\n"
              "    sys.stderr.write('%06d' % i + 'x' * 1017 + '\\n')\n"
              "def f():\n    return {}['missing']\nf()\n")
    r = sx(tmp, direct, script, "--set", "output.max_stderr=64k")
    expect(r, 1, "strategy_error")
    check(r.report["stderr_truncated"] and r.report["stderr_dropped"] > 2 * 1024 * 1024,
          repr(r.report["stderr_dropped"]))
    tail = r.report["stderr_tail"]
    check(len(tail.encode()) == 4096 and tail.endswith("KeyError: 'missing'\n"), repr(tail))
    check("003071" in tail and "Traceback" in tail, repr(tail))
    check(r.report["exception"] == {"type": "KeyError", "message": "'missing'", "line": 5},
          repr(r.report))
    r = sx(tmp, direct, script, "--set", "output.max_stderr=0", "--set",
           "output.stderr_tail=100")
    expect(r, 1, "strategy_error")
    tail = r.report["stderr_tail"]
    check(len(tail.encode()) == 100 and tail.endswith("KeyError: 'missing'\n"), repr(tail))
    r = sx(tmp, direct, script, "--set", "output.stderr_tail=0")
    check(r.report["stderr_tail"] is None and r.report["exception"]["type"] == "KeyError",
          repr(r.report))


def excepthook(tmp, direct):
    """A script that sets sys.excepthook gets it called, as the interpreter
    would, with the traceback starting in the script; the report still
    has the exception."""
    script = ("import sys, traceback\n"
              "def hook(t, v, tb):\n"
              "    f = traceback.extract_tb(tb)[0]\n"
              "    sys.stderr.write('HOOK %s %s:%d\\n' % (t.__name__, f.filename, f.lineno))\n"
              "sys.excepthook = hook\n"
              "def g():\n    raise ValueError('bad')\ng()\n")
    r = sx(tmp, direct, script)
    expect(r, 1, "strategy_error")
    check(r.report["stderr_tail"] == "HOOK ValueError strategy.py:8\n", repr(r.report))
    check(r.report["exception"] == {"type": "ValueError", "message": "bad", "line": 7},
          repr(r.report))
    script = ("import sys\ndef hook(t, v, tb):\n    return 1 / 0\nsys.excepthook = hook\n"
              "raise ValueError('bad')\n")
    r = sx(tmp, direct, script)
    expect(r, 1, "strategy_error")
    check(r.report["stderr_tail"] == (
        "Error in sys.excepthook:\nTraceback (most recent call last):\n"
        '  File "strategy.py", line 3, in hook\n    return 1 / 0\n           ~~^~~\n'
        "ZeroDivisionError: division by zero\n\nOriginal exception was:\n"
        'Traceback (most recent call last):\n  File "strategy.py", line 5, in <module>\n'
        "    raise ValueError('bad')\nValueError: bad\n"), r.report["stderr_tail"])
    check(r.report["exception"] == {"type": "ValueError", "message": "bad", "line": 5},
          repr(r.report))
    no_bootstrap(r)
    r = sx(tmp, direct, "import sys\nsys.excepthook = None\nraise ValueError('bad')\n")
    expect(r, 1, "strategy_error")
    check(r.report["stderr_tail"].startswith("sys.excepthook is missing\nTraceback") and
          r.report["stderr_tail"].endswith("ValueError: bad\n"), r.report["stderr_tail"])
    no_bootstrap(r)


def full_stdout_then_raise(tmp, direct):
    """The record is on top of output.max_stdout: a script that filled
    stdout to the byte and then raised is a strategy_error, not an
    output_limit."""
    script = ("import sys\nsys.stdout.write('x' * 1023 + '\\n')\n"
              "raise RuntimeError('late')\n")
    r = sx(tmp, direct, script, "--set", "output.max_stdout=1k")
    expect(r, 1, "strategy_error")
    check(not r.report["stdout_truncated"] and r.report["stdout"] == "x" * 1023 + "\n",
          repr(r.report)[:300])
    check(r.report["exception"] == {"type": "RuntimeError", "message": "late", "line": 3},
          repr(r.report))


def forged_record(tmp, direct):
    """The script can print the record itself: it is information, never a
    verdict. After exit 0 it stays the script's stdout; after a failure it
    fills exception and nothing else."""
    rec = "print('\\n\\x1esandexec-exception 7 Fake no%20cause')\n"
    r = sx(tmp, direct, "import json\nprint(json.dumps({'ok': 1}))\n" + rec)
    expect(r, 0, "ok")
    check(r.report["result"] == {"ok": 1} and r.report["exception"] is None, repr(r.report))
    r = sx(tmp, direct, "import sys, json\n" + rec + "sys.stdout.flush()\nsys.exit(5)\n")
    expect(r, 1, "strategy_error")
    check(r.report["exit_code"] == 5 and r.report["stdout"] == "", repr(r.report))
    check(r.report["exception"] == {"type": "Fake", "message": "no cause", "line": 7},
          repr(r.report))


def success(tmp, direct):
    """A run that succeeds has its stderr's tail too, and no exception."""
    r = sx(tmp, direct, "import sys, json\nsys.stderr.write('note\\n')\n"
           "print(json.dumps({'ok': 1}))\n")
    expect(r, 0, "ok")
    check(r.report["stderr_tail"] == "note\n" and r.report["exception"] is None, repr(r.report))


CASES = {}
for fn in [deep_zero_division, syntax_error, odd_message, keyboard_interrupt, system_exit,
           flood_then_raise, excepthook, full_stdout_then_raise, forged_record, success]:
    name = fn.__name__.replace("_", "-")
    CASES["docker-" + name] = (lambda f: lambda tmp: f(tmp, False))(fn)
    CASES["direct-" + name] = (lambda f: lambda tmp: f(tmp, True))(fn)

if __name__ == "__main__":
    wants_docker = len(sys.argv) == 2 and sys.argv[1].startswith("docker-")
    sys.exit(main(CASES, prologue if wants_docker else None))
