#!/usr/bin/env python3
"""Result extraction time against nesting: a script prints DEPTH objects
with a NUL key around one 8 MB string, in direct mode, and the report's
duration_ms is compared with DEPTH 1. Linear extraction keeps the two close;
building each NUL-keyed level's text anew made it depth x length.

usage: bench/result_nesting.py [SANDEXEC]   (default: build/src/sandexec)
"""
import json
import os
import subprocess
import sys
import tempfile

SX = sys.argv[1] if len(sys.argv) > 1 else "build/src/sandexec"
SIZE = 8000000


def duration(depth, tmp):
    path = os.path.join(tmp, "nest%d.py" % depth)
    with open(path, "w") as f:
        f.write("d = %d\nprint('{\"\\\\u0000\":' * d + '\"' + 'x' * %d + '\"' + '}' * d)\n"
                % (depth, SIZE))
    out = subprocess.run([SX, "-q", "--direct", "--no-log", "-s", "output.max_stdout=9m",
                          path], capture_output=True, check=False).stdout
    rep = json.loads(out)
    assert rep["status"] == "ok", rep["status"]
    return rep["duration_ms"]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        for depth in (1, 64, 511):
            print("depth %3d: %5d ms" % (depth, min(duration(depth, tmp) for _ in range(3))))


if __name__ == "__main__":
    main()
