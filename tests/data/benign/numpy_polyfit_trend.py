# Source: NumPy documentation, numpy.polyfit and numpy.poly1d examples
#         (https://numpy.org/doc/stable/reference/generated/numpy.polyfit.html).
# Adapted: a linear and a quadratic trend are fitted to synthetic log prices and the
#          fitted slope is used as a trend-strength signal.
import json

import numpy as np

rng = np.random.default_rng(2024)
t = np.arange(250, dtype=float)
logp = np.log(100) + 0.0006 * t + np.cumsum(rng.normal(0, 0.01, t.size))

z = np.polyfit(t, logp, 1)
p = np.poly1d(z)
z2, residuals, rank, sv, rcond = np.polyfit(t, logp, 2, full=True)
p2 = np.poly1d(z2)
fit_err = logp - p(t)
r2 = 1 - fit_err.var() / logp.var()

windows = [20, 60, 120]
slopes = {w: float(np.polyfit(t[-w:], logp[-w:], 1)[0] * 252) for w in windows}

print(json.dumps({
    "slope_annual": round(float(z[0] * 252), 6),
    "r2": round(float(r2), 4),
    "curvature": round(float(z2[0]), 10),
    "forecast_5d": round(float(np.exp(p2(t[-1] + 5))), 4),
    "slopes": {str(k): round(v, 4) for k, v in slopes.items()},
}))
