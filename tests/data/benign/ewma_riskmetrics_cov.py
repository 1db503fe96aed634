# Source: J.P. Morgan/Reuters, "RiskMetrics - Technical Document" (4th ed., 1996):
#         exponentially weighted covariance with decay factor lambda = 0.94 for daily data.
# Adapted: pandas ewm(alpha=1-lambda).cov() on a synthetic three-asset book, then a
#          one-day 95% parametric VaR of the position vector.
import json

import numpy as np
import pandas as pd

LAMBDA = 0.94
rng = np.random.default_rng(1996)
idx = pd.date_range("2021-01-01", periods=600, freq="B")
cov = np.array([[1.0, 0.6, 0.2], [0.6, 1.0, 0.3], [0.2, 0.3, 1.0]]) * 1e-4
rets = pd.DataFrame(rng.multivariate_normal([0, 0, 0], cov, len(idx)), index=idx, columns=["eq", "fx", "rates"])

ewm_cov = rets.ewm(alpha=1 - LAMBDA, adjust=False).cov()
last = ewm_cov.loc[idx[-1]]
positions = pd.Series({"eq": 5_000_000, "fx": -2_000_000, "rates": 3_000_000})
port_sd = float(np.sqrt(positions @ last @ positions))
var95 = 1.645 * port_sd
ewm_vol = rets.ewm(alpha=1 - LAMBDA, adjust=False).std().iloc[-1] * np.sqrt(252)

print(json.dumps({"var_95_1d": round(var95, 2),
                  "ewm_vol": {k: round(float(v), 4) for k, v in ewm_vol.items()},
                  "corr_eq_fx": round(float(last.loc["eq", "fx"] / np.sqrt(last.loc["eq", "eq"] * last.loc["fx", "fx"])), 4)}))
