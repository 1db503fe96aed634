"""Momentum over deterministic synthetic prices: long when the return over
the last LOOKBACK bars is positive. Arguments: --lookback N (default 60)."""
import argparse
import json

import numpy as np

parser = argparse.ArgumentParser()
parser.add_argument("--lookback", type=int, default=60)
args = parser.parse_args()

rng = np.random.default_rng(11)
close = 100.0 * np.exp(np.cumsum(rng.normal(0.0003, 0.011, 1000)))
past = np.roll(close, args.lookback)
signal = (close > past).astype(float)
signal[: args.lookback] = 0.0
returns = np.diff(close) / close[:-1]
strategy = signal[:-1] * returns
print(json.dumps({"strategy": "momentum_%d" % args.lookback,
                  "bars": len(close),
                  "total_return": round(float(np.prod(1.0 + strategy) - 1.0), 6)}))
