#!/usr/bin/env python3
"""sandexec benchmarks, measured side by side in one run.

  bench/bench.py [--pairs N] [--out FILE] [--sandexec PATH]

docker: a trivial strategy under sandexec against the exact `docker run`
argv that `sandexec --dry-run` prints, fed the same stdin. Runs are paired
and interleaved (A B, then B A, ...) so that drift on a shared machine hits
both sides; the figure of merit is the median of the per-pair ratios.

Numbers are written to stdout and, with --out, as a Markdown table.
Benchmarks are not tests: nothing here asserts a time.
"""
import argparse
import datetime
import os
import platform
import secrets
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TRIVIAL = 'import json\nprint(json.dumps({"ok": True}))\n'


def timed(argv, stdin_path, env):
    with open(stdin_path, "rb") as f:
        t0 = time.perf_counter()
        p = subprocess.run(argv, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           env=env)
        dt = time.perf_counter() - t0
    return dt, p


def fresh_name(argv):
    """The dry-run argv with a new container name and run label, as sandexec
    would use for a new run (names must be unique among live containers)."""
    rid = secrets.token_hex(8)
    out = list(argv)
    for i, a in enumerate(out[:-1]):
        if a == "--name":
            out[i + 1] = "sandexec-" + rid
        elif a == "--label" and out[i + 1].startswith("sandexec.run="):
            out[i + 1] = "sandexec.run=" + rid
    return out


def paired(name_a, run_a, name_b, run_b, pairs):
    """Interleave a and b; returns (times_a, times_b, ratios a/b)."""
    ta, tb = [], []
    run_a()
    run_b()  # warm caches on both sides first
    for i in range(pairs):
        if i % 2 == 0:
            ta.append(run_a())
            tb.append(run_b())
        else:
            tb.append(run_b())
            ta.append(run_a())
    ratios = [a / b for a, b in zip(ta, tb)]
    return ta, tb, ratios


def bench_docker(sandexec, env, pairs, tmp):
    script = os.path.join(tmp, "trivial.py")
    with open(script, "w") as f:
        f.write(TRIVIAL)
    dry = subprocess.run([sandexec, "--dry-run", script], env=env, capture_output=True,
                         text=True, check=True).stdout
    bare_argv = shlex.split(dry)

    def run_sandexec():
        dt, p = timed([sandexec, script], os.devnull, env)
        if p.returncode != 0:
            sys.exit("sandexec failed: %s" % p.stdout.decode()[:500])
        return dt

    def run_bare():
        dt, p = timed(fresh_name(bare_argv), script, env)
        if p.returncode != 0 or b'"ok": true' not in p.stdout:
            sys.exit("docker run failed: %s" % p.stderr.decode()[:500])
        return dt

    return paired("sandexec", run_sandexec, "docker run", run_bare, pairs)


def ms(x):
    return "%.1f" % (x * 1000)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=int, default=20)
    ap.add_argument("--out", help="write a Markdown report here")
    ap.add_argument("--sandexec", default=os.path.join(ROOT, "build", "src", "sandexec"))
    args = ap.parse_args()

    env = dict(os.environ)
    env.setdefault("SANDEXEC_DATADIR", os.path.join(ROOT, "share", "sandexec"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        ta, tb, ratios = bench_docker(args.sandexec, env, args.pairs, tmp)
        rows.append(("trivial strategy: sandexec vs bare `docker run` (dry-run argv)",
                     statistics.median(ta), statistics.median(tb), statistics.median(ratios),
                     min(ratios), max(ratios)))

    head = "| benchmark | A median ms | B median ms | median A/B | min | max |\n" \
           "|---|---|---|---|---|---|\n"
    body = "".join("| %s | %s | %s | %.3f | %.3f | %.3f |\n" %
                   (r[0], ms(r[1]), ms(r[2]), r[3], r[4], r[5]) for r in rows)
    machine = "%s, %d CPUs, Python %s, %s" % (
        platform.platform(), os.cpu_count(), platform.python_version(),
        subprocess.run(["docker", "version", "--format",
                        "client {{.Client.Version}}, server {{.Server.Version}}"],
                       capture_output=True, text=True).stdout.strip())
    text = ("# sandexec benchmarks\n\n"
            "Measured %s on %s.\n\n"
            "%d pairs per row, interleaved (A B, B A, ...), after one warm-up run of each.\n\n"
            "%s%s\nReproduce: `bench/bench.py --pairs %d --out docs/benchmarks.md`\n"
            % (datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"), machine,
               args.pairs, head, body, args.pairs))
    print(text)
    if args.out:
        with open(args.out, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
