# generated: risk report for a long/short strategy: parametric VaR with statistics.NormalDist, historical VaR/CVaR, rolling beta; include a generated_at timestamp in the JSON
import argparse
import json
from datetime import datetime, timezone
from functools import partial, reduce
from itertools import accumulate
from statistics import NormalDist

import numpy as np
import pandas as pd


class RiskModel:
    def __init__(self, confidence: float = 0.99, horizon_days: int = 1):
        self.confidence = confidence
        self.horizon = horizon_days

    def __repr__(self):
        return f"{type(self).__name__}(confidence={self.confidence}, horizon={self.horizon})"

    def parametric_var(self, r: pd.Series) -> float:
        dist = NormalDist(mu=r.mean() * self.horizon, sigma=r.std() * np.sqrt(self.horizon))
        return -dist.inv_cdf(1 - self.confidence)

    def historical_var(self, r: pd.Series) -> float:
        agg = r.rolling(self.horizon).sum().dropna() if self.horizon > 1 else r
        return -float(np.percentile(agg, 100 * (1 - self.confidence)))

    def cvar(self, r: pd.Series) -> float:
        v = self.historical_var(r)
        tail = r[r <= -v]
        return -float(tail.mean()) if len(tail) else v


def make_data(n, seed):
    rng = np.random.default_rng(seed)
    mkt = rng.standard_t(4, n) * 0.008 + 0.0003
    long_leg = 1.1 * mkt + rng.normal(0, 0.006, n) + 0.0002
    short_leg = 0.9 * mkt + rng.normal(0, 0.006, n)
    idx = pd.bdate_range("2018-01-01", periods=n)
    return pd.DataFrame({"mkt": mkt, "long": long_leg, "short": short_leg}, index=idx)


def rolling_beta(y, x, window):
    return y.rolling(window).cov(x) / x.rolling(window).var()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--confidence", type=float, default=0.99)
    ap.add_argument("--horizon", type=int, default=1)
    ap.add_argument("--gross", type=float, default=2.0)
    ap.add_argument("--seed", type=int, default=52)
    a = ap.parse_args()

    df = make_data(a.n, a.seed)
    strat = a.gross / 2 * (df["long"] - df["short"])
    model = RiskModel(a.confidence, a.horizon)
    beta = rolling_beta(strat, df.mkt, 120)

    growth = list(accumulate(strat, lambda acc, r: acc * (1 + r), initial=1.0))
    compounded = reduce(lambda acc, r: acc * (1 + r), strat, 1.0)
    ann = partial(lambda x, k: x * k, k=252)
    worst = strat.nsmallest(5)
    print(repr(model))
    print("worst days:", ", ".join(f"{d:%Y-%m-%d} {v:+.2%}" for d, v in worst.items()))
    print(json.dumps({
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "model": repr(model),
        "ann_return": round(float(ann(strat.mean())), 4),
        "ann_vol": round(float(strat.std() * np.sqrt(252)), 4),
        "parametric_var": round(model.parametric_var(strat), 5),
        "historical_var": round(model.historical_var(strat), 5),
        "cvar": round(model.cvar(strat), 5),
        "var_breaches": int((strat < -model.historical_var(strat)).sum()),
        "beta_mean": round(float(beta.mean()), 3),
        "beta_range": [round(float(beta.min()), 3), round(float(beta.max()), 3)],
        "final_growth": round(growth[-1], 4),
        "check_reduce": round(compounded, 4),
        "skew": round(float(strat.skew()), 3),
        "kurtosis": round(float(strat.kurt()), 3),
    }, default=str))


if __name__ == "__main__":
    main()
