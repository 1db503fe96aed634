#!/usr/bin/env python3
"""Run `sandexec check --format json` of two binaries over the same files
and compare what they print, byte for byte, file by file, with their exit
codes and stderr. For a change to the check that must hold its verdicts
fixed (a speed-up, a restructure):

    scripts/compare-check.py OLD/sandexec NEW/sandexec [--cuts N] [PATH...]

PATHs are files or directories (their *.py); by default every corpus
(tests/data/evasion, evasion-open, benign) and examples/. With --cuts N,
each file is also checked cut at N places (prefixes, and the file with
one byte-range removed): broken source exercises the tokenizer's error
paths and the rules' lookahead at the end of the input. Exit status 0
when every output is identical.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = ["tests/data/evasion", "tests/data/evasion-open", "tests/data/benign", "examples"]


def files_of(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, names in os.walk(p):
                out += [os.path.join(dirpath, n) for n in sorted(names) if n.endswith(".py")]
        else:
            out.append(p)
    return sorted(out)


def run(binary, files, env):
    p = subprocess.run([binary, "check", "--format", "json", "--"] + files, env=env,
                       capture_output=True)
    return p.returncode, p.stdout.splitlines(), p.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--cuts", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    env = dict(os.environ, SANDEXEC_STRATEGY_MAX_SIZE="64m")
    env.setdefault("SANDEXEC_DATADIR", os.path.join(ROOT, "share", "sandexec"))
    files = files_of(args.paths or [os.path.join(ROOT, d) for d in DEFAULT])
    rnd = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        if args.cuts:
            derived = []
            for i, f in enumerate(files):
                data = open(f, "rb").read()
                for k in range(args.cuts):
                    a = rnd.randrange(len(data) + 1)
                    b = rnd.randrange(a, min(len(data), a + 64) + 1)
                    for tag, cut in (("p", data[:a]), ("r", data[:a] + data[b:])):
                        path = os.path.join(tmp, "%d-%d%s.py" % (i, k, tag))
                        with open(path, "wb") as out:
                            out.write(cut)
                        derived.append(path)
            files = files + derived
        compared = differ = 0
        for i in range(0, len(files), 200):
            batch = files[i:i + 200]
            ra, oa, ea = run(args.old, batch, env)
            rb, ob, eb = run(args.new, batch, env)
            if ra != rb or ea != eb or len(oa) != len(ob):
                print("batch %d: exit %d/%d, stderr or line count differ" % (i, ra, rb))
                differ += 1
            for la, lb in zip(oa, ob):
                compared += 1
                if la != lb:
                    differ += 1
                    print("differs:\n  old %s\n  new %s" % (la[:300], lb[:300]))
        print("%d files compared, %d differences" % (compared, differ))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
