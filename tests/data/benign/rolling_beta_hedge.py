# Source: pandas documentation, Rolling.cov / Rolling.var
#         (https://pandas.pydata.org/docs/reference/api/pandas.core.window.rolling.Rolling.cov.html);
#         beta = Cov(r_s, r_m) / Var(r_m), the usual market-neutral hedge ratio.
# Adapted: a beta-hedged long position in a synthetic stock versus a synthetic index,
#          with a small class holding the state and f-string reporting.
import json

import numpy as np
import pandas as pd


class BetaHedger:
    def __init__(self, window: int = 60):
        self._window = window

    def __repr__(self):
        return f"BetaHedger(window={self._window})"

    def betas(self, stock: pd.Series, market: pd.Series) -> pd.Series:
        return stock.rolling(self._window).cov(market) / market.rolling(self._window).var()

    def hedged(self, stock: pd.Series, market: pd.Series) -> pd.Series:
        beta = self.betas(stock, market).shift(1)
        return (stock - beta * market).dropna()


if __name__ == "__main__":
    rng = np.random.default_rng(60)
    idx = pd.date_range("2019-01-01", periods=1000, freq="B")
    market = pd.Series(rng.normal(0.0004, 0.011, len(idx)), index=idx)
    beta_path = 1.0 + 0.4 * np.sin(np.linspace(0, 6, len(idx)))
    stock = pd.Series(0.0002 + beta_path * market + rng.normal(0, 0.007, len(idx)), index=idx)
    hedger = BetaHedger()
    hedged = hedger.hedged(stock, market)
    print(json.dumps({
        "hedger": f"{hedger!r}",
        "raw_corr": round(float(stock.corr(market)), 4),
        "hedged_corr": round(float(hedged.corr(market.loc[hedged.index])), 4),
        "hedged_vol": round(float(hedged.std() * np.sqrt(252)), 4),
    }))
