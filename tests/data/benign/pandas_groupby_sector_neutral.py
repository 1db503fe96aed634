# Source: pandas User Guide, "Group by: split-apply-combine"
#         (https://pandas.pydata.org/docs/user_guide/groupby.html): transform for
#         standardisation within groups, agg with named aggregation, rank.
# Adapted: demeaning / z-scoring a synthetic cross-section of stock signals per sector.
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(99)
n = 300
universe = pd.DataFrame({
    "ticker": [f"S{i:03d}" for i in range(n)],
    "sector": rng.choice(["tech", "energy", "health", "fin", "util"], n),
    "momentum": rng.normal(0, 1, n),
    "mcap": np.exp(rng.normal(22, 1.2, n)),
})
universe["fwd_ret"] = 0.02 * universe["momentum"] + rng.normal(0, 0.08, n)

zscore = lambda x: (x - x.mean()) / x.std()
universe["signal"] = universe.groupby("sector")["momentum"].transform(zscore)
universe["rank"] = universe.groupby("sector")["signal"].rank(pct=True)
summary = universe.groupby("sector").agg(
    names=("ticker", "count"),
    avg_mcap=("mcap", "mean"),
    ic=("signal", lambda s: float(np.corrcoef(s, universe.loc[s.index, "fwd_ret"])[0, 1])),
)
long_short = universe.loc[universe["rank"] > 0.8, "fwd_ret"].mean() - universe.loc[universe["rank"] < 0.2, "fwd_ret"].mean()

print(json.dumps({
    "sectors": int(len(summary)),
    "ic_by_sector": {k: round(v, 4) for k, v in summary["ic"].items()},
    "long_short": round(float(long_short), 6),
}))
