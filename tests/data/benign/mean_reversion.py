import json
import math
import statistics

import numpy as np

# Bollinger-band mean reversion: open a position when the z-score is extreme.
rng = np.random.default_rng(3)
closes = 50 + np.cumsum(rng.normal(0, 1, 300))
window = 20
zs = []
for i in range(window, len(closes)):
    w = closes[i - window:i]
    mu, sd = statistics.fmean(w), statistics.pstdev(w)
    zs.append((closes[i] - mu) / sd if sd else 0.0)
trades = sum(1 for z in zs if abs(z) > 2)
print(json.dumps({"trades": trades, "max_abs_z": round(max(map(abs, zs)), 4),
                  "log_return": round(math.log(closes[-1] / closes[0]), 6)}))
