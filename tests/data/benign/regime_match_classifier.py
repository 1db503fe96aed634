# Source: PEP 636, "Structural Pattern Matching: Tutorial" (https://peps.python.org/pep-0636/)
#         for match/case with guards; regimes after the trend/volatility quadrant used in
#         many public trend-following write-ups.
# Adapted: classify rolling windows of synthetic returns and size positions by regime.
import json
from collections import Counter

import numpy as np
import pandas as pd


def classify(trend: float, vol: float, vol_median: float) -> str:
    match (trend > 0, vol > vol_median):
        case (True, False):
            return "calm_bull"
        case (True, True):
            return "volatile_bull"
        case (False, False) if abs(trend) < 0.05:
            return "sideways"
        case (False, _):
            return "bear"
    return "unknown"


if __name__ == "__main__":
    rng = np.random.default_rng(636)
    rets = pd.Series(rng.normal(0.0002, 0.012, 1500))
    trend = rets.rolling(63).sum()
    vol = rets.rolling(21).std() * np.sqrt(252)
    med = float(vol.median())
    regimes = [classify(t, v, med) for t, v in zip(trend, vol) if not (np.isnan(t) or np.isnan(v))]
    sizing = {"calm_bull": 1.0, "volatile_bull": 0.5, "sideways": 0.25, "bear": 0.0, "unknown": 0.0}
    exposure = [sizing[r] for r in regimes]
    print(json.dumps({"regimes": dict(Counter(regimes)),
                      "avg_exposure": round(sum(exposure) / len(exposure), 4)}))
