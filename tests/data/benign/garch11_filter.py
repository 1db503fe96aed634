# Source: T. Bollerslev (1986), "Generalized autoregressive conditional heteroskedasticity";
#         the variance recursion sigma2[t] = omega + alpha*eps[t-1]**2 + beta*sigma2[t-1] as in
#         the arch package documentation (https://arch.readthedocs.io/en/latest/univariate/introduction.html).
# Adapted: simulate a GARCH(1,1), then fit it by a coarse grid search on the Gaussian
#          log-likelihood with numpy (no scipy optimiser available).
import itertools
import json

import numpy as np


def garch_filter(eps, omega, alpha, beta):
    sigma2 = np.empty_like(eps)
    sigma2[0] = eps.var()
    for t in range(1, len(eps)):
        sigma2[t] = omega + alpha * eps[t - 1] ** 2 + beta * sigma2[t - 1]
    return sigma2


def loglik(eps, params):
    sigma2 = garch_filter(eps, *params)
    return -0.5 * np.sum(np.log(2 * np.pi * sigma2) + eps ** 2 / sigma2)


if __name__ == "__main__":
    rng = np.random.default_rng(86)
    omega, alpha, beta = 2e-6, 0.08, 0.9
    n = 2000
    eps = np.empty(n)
    s2 = omega / (1 - alpha - beta)
    for t in range(n):
        eps[t] = rng.normal(0, np.sqrt(s2))
        s2 = omega + alpha * eps[t] ** 2 + beta * s2
    uncond = eps.var()
    grid = [(uncond * (1 - a - b), a, b)
            for a, b in itertools.product(np.linspace(0.02, 0.2, 10), np.linspace(0.7, 0.96, 14))
            if a + b < 0.995]
    best = max(grid, key=lambda p: loglik(eps, p))
    forecast = garch_filter(eps, *best)[-1]
    print(json.dumps({"alpha": round(float(best[1]), 3), "beta": round(float(best[2]), 3),
                      "persistence": round(float(best[1] + best[2]), 3),
                      "vol_forecast_ann": round(float(np.sqrt(forecast * 252)), 4)}))
