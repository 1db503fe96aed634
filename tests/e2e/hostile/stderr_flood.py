# expect: ok 0
# direct: ok 0
import sys
for _ in range(3000):
    sys.stderr.write("e" * 8192)
result({"flooded": True})
