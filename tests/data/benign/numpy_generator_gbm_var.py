# Source: NumPy documentation, "Random Generator" quick start
#         (https://numpy.org/doc/stable/reference/random/generator.html) and the
#         standard_normal / lognormal examples.
# Adapted: Monte Carlo of geometric Brownian motion paths to estimate 10-day 99% VaR
#          and expected shortfall of a long position.
import json

import numpy as np

rng = np.random.default_rng(12345)
s0, mu, sigma, days, paths = 100.0, 0.07, 0.25, 10, 20_000
dt = 1 / 252
shocks = rng.standard_normal((paths, days))
log_paths = np.cumsum((mu - 0.5 * sigma ** 2) * dt + sigma * np.sqrt(dt) * shocks, axis=1)
terminal = s0 * np.exp(log_paths[:, -1])
pnl = terminal - s0
var99 = -np.percentile(pnl, 1)
es99 = -pnl[pnl <= -var99].mean()
analytic = s0 * sigma * np.sqrt(days * dt) * 2.3263

print(json.dumps({
    "var_99": round(float(var99), 4),
    "es_99": round(float(es99), 4),
    "analytic_var_99": round(float(analytic), 4),
    "prob_loss": round(float((pnl < 0).mean()), 4),
}))
