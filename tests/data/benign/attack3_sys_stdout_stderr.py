# Source: black-box attack on sandexec's check, 2026-11-26: ordinary code the check refused (false positive).
import sys
import json
res = {"pnl": 1.0}
print("warming up", file=sys.stderr)
json.dump(res, sys.stdout)
sys.stdout.write("\n")
