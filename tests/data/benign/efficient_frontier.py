# Source: H. Markowitz (1952), "Portfolio Selection"; closed-form frontier with the
#         A, B, C, D constants (R. Merton, "An Analytic Derivation of the Efficient
#         Portfolio Frontier", JFQA 1972).
# Adapted: numpy linalg on synthetic expected returns and covariance; tangency portfolio.
import json

import numpy as np

rng = np.random.default_rng(1952)
n = 6
mu = rng.uniform(0.03, 0.12, n)
A_ = rng.normal(0, 0.1, (n, n))
cov = A_ @ A_.T + np.diag(rng.uniform(0.01, 0.04, n))
inv = np.linalg.inv(cov)
ones = np.ones(n)
A = ones @ inv @ ones
B = ones @ inv @ mu
C = mu @ inv @ mu
D = A * C - B ** 2

targets = np.linspace(mu.min(), mu.max(), 7)
frontier = [float(np.sqrt((A * m * m - 2 * B * m + C) / D)) for m in targets]
rf = 0.02
tangency = inv @ (mu - rf * ones)
tangency /= tangency.sum()
t_ret = float(tangency @ mu)
t_vol = float(np.sqrt(tangency @ cov @ tangency))

print(json.dumps({"frontier": [[round(float(m), 4), round(s, 4)] for m, s in zip(targets, frontier)],
                  "gmv_vol": round(float(np.sqrt(1 / A)), 4),
                  "tangency_sharpe": round((t_ret - rf) / t_vol, 4)}))
