# Source: A. Moreira and T. Muir, "Volatility-Managed Portfolios", Journal of Finance 72(4),
#         2017: scale exposure by c / sigma^2 of the previous month.
# Adapted: daily synthetic returns, monthly rebalancing with pandas resample, a leverage cap.
import json

import numpy as np
import pandas as pd

rng = np.random.default_rng(2017)
idx = pd.date_range("2010-01-01", periods=252 * 8, freq="B")
regime = np.where(np.sin(np.arange(len(idx)) / 90) > 0.6, 0.025, 0.009)
rets = pd.Series(rng.normal(0.0003, regime), index=idx)

monthly_var = rets.resample("M").var()
scale = (monthly_var.mean() / monthly_var).shift(1).clip(upper=2.0)
daily_scale = scale.reindex(idx, method="ffill").fillna(1.0)
managed = rets * daily_scale


def sharpe(r):
    return float(r.mean() / r.std() * np.sqrt(252))


print(json.dumps({"sharpe_raw": round(sharpe(rets), 4), "sharpe_managed": round(sharpe(managed), 4),
                  "avg_leverage": round(float(daily_scale.mean()), 4)}))
