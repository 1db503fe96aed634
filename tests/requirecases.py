"""output.require, run for real: shared by the docker e2e and the direct
tests, which differ only in the arguments that choose the mode."""
import json
import os

from sxtest import check, expect, run, write

REQUIRE = ("output:\n"
           "  require:\n"
           "    trades: integer >= 0\n"
           "    sharpe: number\n"
           "    max_drawdown: number >= -1, <= 0\n")

GOOD = {"trades": 17, "sharpe": -0.22, "max_drawdown": -0.31}


class Expr(str):
    """A value written into the script as a Python expression (math.nan)."""


def script(result):
    """A strategy printing result with Python's json.dumps."""
    body = ", ".join("%r: %s" % (k, v if isinstance(v, Expr) else repr(v))
                     for k, v in result.items())
    return ("import json, math\n"
            "print('log line')\n"
            "print(json.dumps({%s}))\n" % body)


def events(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def check_require(tmp, mode_args):
    cfg = write(tmp, "require.yaml", REQUIRE)
    log = os.path.join(tmp, "events.log")

    def go(result):
        write(tmp, "strategy.py", script(result))
        if os.path.exists(log):
            os.unlink(log)
        return run(["-c", cfg, "--log", log] + mode_args + ["strategy.py"], tmp)

    # All good: ok, no errors, the result as printed.
    r = go(GOOD)
    expect(r, 0, "ok")
    check(r.report["result_errors"] == [] and r.report["result"] == GOOD, repr(r))
    check(r.report["error"] is None, repr(r))
    fin = [e for e in events(log) if e["event_type"] == "run_finished"]
    check(len(fin) == 1 and "result_errors" not in fin[0], fin)
    check(not [e for e in events(log) if e["event_type"] == "invalid_result"], events(log))

    # Each way to fail, one at a time: exit 9, the result still reported.
    cases = [
        ({"sharpe": 1.5, "max_drawdown": -0.1},
         {"key": "trades", "expected": "integer >= 0", "got": "missing",
          "problem": "missing"}),
        (dict(GOOD, trades="17"),
         {"key": "trades", "expected": "integer >= 0", "got": "string", "problem": "type"}),
        (dict(GOOD, trades=2.5),
         {"key": "trades", "expected": "integer >= 0", "got": "2.5", "problem": "type"}),
        (dict(GOOD, trades=-1),
         {"key": "trades", "expected": "integer >= 0", "got": "-1", "problem": "bound"}),
        (dict(GOOD, max_drawdown=0.25),
         {"key": "max_drawdown", "expected": "number >= -1, <= 0", "got": "0.25",
          "problem": "bound"}),
        (dict(GOOD, sharpe=Expr("math.nan")),
         {"key": "sharpe", "expected": "number", "got": "null", "problem": "type"}),
        (dict(GOOD, sharpe=Expr("math.inf")),
         {"key": "sharpe", "expected": "number", "got": "null", "problem": "type"}),
    ]
    for result, want in cases:
        r = go(result)
        expect(r, 9, "invalid_result")
        check(r.report["result_errors"] == [want], "%r\n%r" % (want, r))
        check(r.report["result"] is not None and r.report["stdout"] == "log line\n", repr(r))
        check(r.report["error"].startswith("the result fails output.require: %s: expected %s, "
                                           "got %s" % (want["key"], want["expected"],
                                                       want["got"])), repr(r))
        check("invalid_result" in r.stderr, repr(r))
        evs = events(log)
        own = [e for e in evs if e["event_type"] == "invalid_result"]
        fin = [e for e in evs if e["event_type"] == "run_finished"]
        check(len(own) == 1 and own[0]["result_errors"] == [want], evs)
        check(len(fin) == 1 and fin[0]["status"] == "invalid_result" and
              fin[0]["exit_code"] == 9 and fin[0]["result_errors"] == [want], evs)

    # Every failure at once, in the order of the configuration.
    r = go({"sharpe": Expr("math.nan"), "max_drawdown": 3})
    expect(r, 9, "invalid_result")
    check([e["key"] for e in r.report["result_errors"]] ==
          ["trades", "sharpe", "max_drawdown"], repr(r))
    check(r.report["error"].endswith("(and 2 more)"), repr(r))

    # Exact: an integer past 2^53 against a bound doubles cannot tell apart.
    big = write(tmp, "big.yaml", "output:\n  require:\n    n: integer > 9007199254740992\n")
    write(tmp, "strategy.py", "print('{\"n\": 9007199254740993}')\n")
    r = run(["-c", big] + mode_args + ["strategy.py"], tmp)
    expect(r, 0, "ok")
    write(tmp, "strategy.py", "print('{\"n\": 9007199254740992}')\n")
    r = run(["-c", big] + mode_args + ["strategy.py"], tmp)
    expect(r, 9, "invalid_result")

    # Without output.require nothing is checked.
    write(tmp, "strategy.py", script({"x": 1}))
    r = run(mode_args + ["strategy.py"], tmp)
    expect(r, 0, "ok")
    check(r.report["result_errors"] == [], repr(r))
