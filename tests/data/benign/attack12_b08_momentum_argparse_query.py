# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: NarrationBox/libkloudtrader 1.py (pybacktest MA cross buy/sell) with argparse parameters and literal query/eval as in pandas docs
# benign: argparse with literal dest, sys.argv, df.query/df.eval literals, json.dump to sys.stdout
import argparse
import json
import sys

import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
n = 400
close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, n))), index=pd.date_range("2020-01-01", periods=n, freq="B"))

parser = argparse.ArgumentParser(description="MA cross")
parser.add_argument("--short", type=int, default=50)
parser.add_argument("--long", dest="long_ma", type=int, default=200)
args = parser.parse_args(sys.argv[1:])

ohlc = pd.DataFrame({"C": close})
ms = ohlc.C.rolling(args.short).mean()
ml = ohlc.C.rolling(args.long_ma).mean()
buy = cover = (ms > ml) & (ms.shift() < ml.shift())
sell = short = (ms < ml) & (ms.shift() > ml.shift())
ohlc["ms"] = ms
ohlc["ml"] = ml
ohlc = ohlc.eval("spread = ms - ml")
wide = ohlc.query("spread > 0 and C > 90")
json.dump({"buys": int(buy.sum()), "sells": int(sell.sum()), "wide_days": len(wide)}, sys.stdout)
print()
