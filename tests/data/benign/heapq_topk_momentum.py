# Source: Python documentation, heapq.nlargest / heapq.nsmallest
#         (https://docs.python.org/3/library/heapq.html) and Jegadeesh & Titman (1993)
#         12-1 cross-sectional momentum.
# Adapted: monthly rebalanced top-decile / bottom-decile portfolio of synthetic stocks.
import heapq
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(1993)
months, names = 120, 100
drift = rng.normal(0.005, 0.004, names)
rets = pd.DataFrame(rng.normal(drift, 0.08, (months, names)),
                    columns=[f"N{i:02d}" for i in range(names)])
momentum = (1 + rets).rolling(11).apply(np.prod, raw=True).shift(2) - 1

spread = []
for m in range(13, months):
    scores = momentum.iloc[m].dropna().to_dict()
    winners = heapq.nlargest(10, scores, key=scores.get)
    losers = heapq.nsmallest(10, scores, key=scores.get)
    spread.append(rets.iloc[m][winners].mean() - rets.iloc[m][losers].mean())

spread = pd.Series(spread)
print(json.dumps({"months": int(len(spread)), "mean_spread": round(float(spread.mean()), 6),
                  "t_stat": round(float(spread.mean() / spread.std() * np.sqrt(len(spread))), 3)}))
