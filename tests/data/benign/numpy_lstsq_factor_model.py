# Source: NumPy documentation, numpy.linalg.lstsq example ("fit a line, y = mx + c,
#         through some noisy data-points", A = np.vstack([x, np.ones(len(x))]).T)
#         (https://numpy.org/doc/stable/reference/generated/numpy.linalg.lstsq.html).
# Adapted: the same design-matrix construction regresses a stock on three synthetic
#          factors (market, size, value) to get betas and alpha.
import json

import numpy as np

rng = np.random.default_rng(5)
n = 500
mkt = rng.normal(0.0004, 0.01, n)
smb = rng.normal(0.0, 0.005, n)
hml = rng.normal(0.0, 0.005, n)
true_beta = np.array([1.1, 0.4, -0.3])
y = 0.0001 + np.column_stack([mkt, smb, hml]) @ true_beta + rng.normal(0, 0.006, n)

A = np.vstack([mkt, smb, hml, np.ones(n)]).T
coef, resid, rank, sing = np.linalg.lstsq(A, y, rcond=None)
fitted = A @ coef
r2 = 1 - np.sum((y - fitted) ** 2) / np.sum((y - y.mean()) ** 2)

print(json.dumps({
    "betas": [round(float(b), 4) for b in coef[:3]],
    "alpha_annual": round(float(coef[3] * 252), 6),
    "r2": round(float(r2), 4),
    "rank": int(rank),
}))
