# Source: sandexec's own benign patterns for the 2026-11-26 check rules: a
# class pattern on the script's own dataclass, mapping patterns, @wraps,
# literal format strings, keyword dicts with literal keys, embedded data.
import functools
import json
import sys
from dataclasses import dataclass

import pandas as pd


@dataclass
class Signal:
    side: str
    size: float


def logged(func):
    @functools.wraps(func)
    def inner(*args, **kwargs):
        print("call {}".format(func.__name__), file=sys.stderr)
        return func(*args, **kwargs)
    return inner


@logged
def exposure(sig):
    match sig:
        case Signal(side="buy", size=s):
            return s
        case Signal(side="sell", size=s):
            return -s
        case {"side": side, "size": s}:
            return s if side == "buy" else -s
        case _:
            return 0.0


opts = {"sort_keys": True}
df = pd.DataFrame({"px": [1.0, 2.0, 4.0]})
text = df.to_csv(index=False, float_format="%.2f")
total = sum(exposure(x) for x in [Signal("buy", 2.0), Signal("sell", 0.5),
                                  {"side": "buy", "size": 1.0}])
print(json.dumps({"exposure": total, "rows": text.count("\n"),
                  "mean": float(df.agg(["mean", "std"]).loc["mean", "px"])}, **opts))
