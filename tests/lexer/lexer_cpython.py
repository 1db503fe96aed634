#!/usr/bin/env python3
"""The check's tokenizer against CPython's parser, on the same bytes.

    lexer_cpython.py LEXER_NAMES [--mutants N] [--seconds S] [--seed K]
                     [--keep DIR] PATH...

A script is checked as sandexec's lexer reads it and run as CPython reads
it. Where the two disagree on where a string, a comment or a line ends,
code can hide from the check in what it takes for text (a raw f-string's
\\" is the example that got through). For every file under PATH (*.py)
and for mutants of them, when CPython compiles the bytes (UTF-8, no
coding declaration the check refuses), every identifier of CPython's tree
(names, attributes, parameters, keywords, imports, patterns) must be a
NAME token of the lexer, as often, and the lexer must not stop on an
error. LEXER_NAMES is tests/lexer/lexer-names (built with the tests).

Mutants are seeded (--seed, default 1): the same run finds the same
inputs. --seconds replaces --mutants for longer hand runs with a random
seed. Exit 0 when nothing differs; 1 with each difference listed (and
kept under --keep DIR).
"""
import argparse
import ast
import collections
import io
import os
import random
import subprocess
import sys
import tempfile
import time
import tokenize
import unicodedata
import warnings

# What the mutator inserts: the bytes where tokenizers differ (string
# prefixes, quotes, escapes, line joins and ends, form feed, braces of
# f-string fields, comment marks, a BOM, non-ASCII space).
PIECES = [b"\r", b"\r\n", b"\n", b"\x0c", b"\t", b" ", b"\\\n", b"\\\r\n", b"\\", b"\\\\",
          b"\\'", b'\\"', b"#", b"'", b'"', b"'''", b'"""', b"{", b"}", b"{{", b"}}", b"{x}",
          b"{x!r}", b"{x:{y}}", b"{x=}", b":", b";", b"(", b")", b"[", b"]", b"\xc2\xa0",
          b"\xef\xbb\xbf", b"\\N{DIGIT ONE}", b"1_0", b"0x", b"1e", b"1j", b".", b"...", b"+",
          b"pass", b"hidden_name", b"x.hidden_attr"]
PREFIXES = [b"", b"r", b"R", b"f", b"F", b"rf", b"fr", b"Rf", b"fR", b"RF", b"b", b"rb", b"Br",
            b"u", b"U"]
QUOTES = [b"'", b'"', b"'''", b'"""']


def literal(rnd):
    """A string literal, closed or not, with a body of tricky pieces."""
    q = rnd.choice(QUOTES)
    body = b"".join(rnd.choice(PIECES) for _ in range(rnd.randint(0, 5)))
    return rnd.choice(PREFIXES) + q + body + (q if rnd.random() < 0.8 else b"")


def mutate(src, rnd):
    b = bytearray(src)
    for _ in range(rnd.randint(1, 4)):
        k = rnd.random()
        i = rnd.randrange(len(b) + 1)
        if k < 0.35:
            b[i:i] = rnd.choice(PIECES)
        elif k < 0.6:
            b[i:i] = literal(rnd)
        elif k < 0.7:
            # A statement of strings and code on a line of its own.
            parts = [literal(rnd), b" + ", literal(rnd), b"; hidden_call(1)  # ", literal(rnd)]
            b[i:i] = b"\n" + b"".join(parts) + b"\n"
        elif k < 0.8 and len(b) > 2:
            del b[i:min(len(b), i + rnd.randint(1, 8))]
        elif k < 0.9 and len(b) > 2:
            j = rnd.randrange(len(b))
            b[i:i] = b[j:j + rnd.randint(1, 30)]
        else:
            b[i:i] = bytes([rnd.randrange(1, 128)])
    return bytes(b)


def cpython_names(src):
    """CPython's identifiers of src, or None when it is not a script the
    check would read as such (does not compile, or declares another
    encoding, which the check refuses by itself)."""
    try:
        enc = tokenize.detect_encoding(io.BytesIO(src).readline)[0]
        if enc not in ("utf-8", "utf-8-sig"):
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = compile(src, "<mutant>", "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError, UnicodeDecodeError, MemoryError, RecursionError):
        return None
    out = collections.Counter()
    for n in ast.walk(tree):
        if isinstance(n, ast.alias):
            out.update(p for p in n.name.split(".") if p != "*")
            if n.asname:
                out[n.asname] += 1
            continue
        for f in ("id", "attr", "arg", "name", "rest"):
            v = getattr(n, f, None)
            if isinstance(v, str):
                out[v] += 1
        if isinstance(n, ast.ImportFrom) and n.module:
            out.update(n.module.split("."))
        if isinstance(n, (ast.Global, ast.Nonlocal)):
            out.update(n.names)
        if isinstance(n, ast.MatchClass):
            out.update(n.kwd_attrs)
    return out


def lexer_names(tool, paths):
    """{path: (Counter of NAME texts, NFKC as Python folds them; error or None)}"""
    p = subprocess.run([tool] + paths, capture_output=True)
    if p.returncode != 0:
        sys.exit("lexer-names failed: %s" % p.stderr.decode(errors="replace"))
    res, cur = {}, None
    for line in p.stdout.decode("utf-8", errors="replace").splitlines():
        if line.startswith("== "):
            cur = line[3:]
            res[cur] = [collections.Counter(), None]
        elif line.startswith("ERR "):
            res[cur][1] = line[4:]
        elif line.startswith("N "):
            res[cur][0][unicodedata.normalize("NFKC", line.split(" ", 2)[2])] += 1
    return res


def compare(tool, batch, keep, found):
    """batch: [(label, bytes, cpython names)]. Appends differences to found."""
    with tempfile.TemporaryDirectory() as d:
        paths = []
        for i, (_, src, _) in enumerate(batch):
            paths.append(os.path.join(d, "%d.py" % i))
            with open(paths[-1], "wb") as f:
                f.write(src)
        got = lexer_names(tool, paths)
    for path, (label, src, want) in zip(paths, batch):
        names, err = got[path]
        hidden = {k: v - names[k] for k, v in want.items() if v > names[k]}
        if not err and not hidden:
            continue
        what = ("lexer error on code CPython compiles: %s" % err if err
                else "hidden from the lexer: %s" % ", ".join(sorted(hidden)))
        found.append((label, what, src))
        if keep:
            os.makedirs(keep, exist_ok=True)
            with open(os.path.join(keep, "diff-%d.py" % len(found)), "wb") as f:
                f.write(src)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--mutants", type=int, default=20000)
    ap.add_argument("--seconds", type=float)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep")
    a = ap.parse_args()

    files = []
    for p in a.paths:
        if os.path.isdir(p):
            files += sorted(os.path.join(p, f) for f in os.listdir(p) if f.endswith(".py"))
        else:
            files.append(p)
    srcs = []
    for f in files:
        with open(f, "rb") as fh:
            srcs.append((f, fh.read()))
    found, batch, compared = [], [], 0
    for f, src in srcs:
        want = cpython_names(src)
        if want is not None:
            batch.append((f, src, want))
    compared += len(batch)
    compare(a.tool, batch, a.keep, found)

    seed = random.randrange(1 << 30) if a.seconds else a.seed
    rnd = random.Random(seed)
    small = [s for _, s in srcs if len(s) < 20000]
    t0, tried = time.time(), 0
    while (time.time() - t0 < a.seconds) if a.seconds else tried < a.mutants:
        batch = []
        while len(batch) < 200 and ((time.time() - t0 < a.seconds) if a.seconds
                                    else tried < a.mutants):
            m = mutate(rnd.choice(small), rnd)
            tried += 1
            want = cpython_names(m)
            if want is not None:
                batch.append(("mutant %d of seed %d" % (tried, seed), m, want))
        compared += len(batch)
        if batch:
            compare(a.tool, batch, a.keep, found)
    for label, what, src in found[:20]:
        print("%s: %s\n    %r" % (label, what, src[:300]))
    print("%d files and %d mutants (seed %d): %d read by CPython and compared, %d differ"
          % (len(srcs), tried, seed, compared, len(found)))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
