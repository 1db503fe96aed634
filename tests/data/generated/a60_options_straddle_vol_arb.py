# generated: volatility risk premium strategy: sell weekly ATM straddles when implied vol > realised vol forecast (GARCH(1,1) fit by grid search), delta-hedge daily, json stats
import argparse
import itertools
import json
import math
from statistics import NormalDist

import numpy as np
import pandas as pd

ND = NormalDist()


def garch_path(n, seed, omega=2e-6, alpha=0.08, beta=0.9):
    rng = np.random.default_rng(seed)
    var = omega / (1 - alpha - beta)
    r = np.empty(n)
    for t in range(n):
        r[t] = math.sqrt(var) * rng.standard_normal()
        var = omega + alpha * r[t] ** 2 + beta * var
    return r


def garch_loglik(r, omega, alpha, beta):
    var = np.var(r)
    ll = 0.0
    for x in r:
        ll += -0.5 * (math.log(2 * math.pi * var) + x * x / var)
        var = omega + alpha * x * x + beta * var
    return ll


def fit_garch(r):
    best = None
    uncond = np.var(r)
    for alpha, beta in itertools.product([0.03, 0.06, 0.09, 0.12], [0.8, 0.85, 0.9, 0.94]):
        if alpha + beta >= 0.995:
            continue
        omega = uncond * (1 - alpha - beta)
        ll = garch_loglik(r, omega, alpha, beta)
        if best is None or ll > best[0]:
            best = (ll, omega, alpha, beta)
    return best


def bs_price_delta(s, k, t, vol, call=True):
    if t <= 0:
        return (max(s - k, 0.0), 1.0 if s > k else 0.0) if call else (max(k - s, 0.0), -1.0 if s < k else 0.0)
    d1 = (math.log(s / k) + 0.5 * vol * vol * t) / (vol * math.sqrt(t))
    d2 = d1 - vol * math.sqrt(t)
    if call:
        return s * ND.cdf(d1) - k * ND.cdf(d2), ND.cdf(d1)
    return k * ND.cdf(-d2) - s * ND.cdf(-d1), ND.cdf(d1) - 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=1500)
    ap.add_argument("--train", type=int, default=500)
    ap.add_argument("--iv-markup", type=float, default=1.15, help="implied = markup * true conditional vol")
    ap.add_argument("--edge", type=float, default=0.01, help="min iv - forecast to sell")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()

    r = garch_path(args.days, args.seed)
    spot = 100 * np.exp(np.cumsum(r))
    ll, omega, alpha, beta = fit_garch(r[: args.train])
    print(f"GARCH fit: omega={omega:.2e} alpha={alpha} beta={beta} ll={ll:.1f}")
    var = np.var(r[: args.train])
    for x in r[: args.train]:
        var = omega + alpha * x * x + beta * var
    pnl, trades = [], 0
    t = args.train
    while t + 5 < args.days:
        forecast = math.sqrt(var * 252)
        realised_recent = float(np.std(r[t - 21:t]) * math.sqrt(252))
        iv = args.iv_markup * (0.5 * forecast + 0.5 * realised_recent)
        week_pnl = 0.0
        if iv - forecast > args.edge:
            trades += 1
            k = spot[t]
            c0, dc = bs_price_delta(spot[t], k, 5 / 252, iv, True)
            p0, dp = bs_price_delta(spot[t], k, 5 / 252, iv, False)
            premium, hedge = c0 + p0, dc + dp
            for d in range(1, 6):
                week_pnl += hedge * (spot[t + d] - spot[t + d - 1])
                c, dc = bs_price_delta(spot[t + d], k, (5 - d) / 252, iv, True)
                p, dp = bs_price_delta(spot[t + d], k, (5 - d) / 252, iv, False)
                hedge = dc + dp
            week_pnl += premium - (c + p)
        pnl.append(week_pnl / spot[t])
        for x in r[t:t + 5]:
            var = omega + alpha * x * x + beta * var
        t += 5
    pnl = pd.Series(pnl)
    eq = (1 + pnl).cumprod()
    print(json.dumps({
        "weeks": len(pnl),
        "weeks_traded": trades,
        "ann_return": round(float(pnl.mean() * 52), 4),
        "sharpe": round(float(pnl.mean() / pnl.std() * math.sqrt(52)), 3) if pnl.std() > 0 else 0.0,
        "worst_week": round(float(pnl.min()), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "garch": {"omega": float(f"{omega:.3e}"), "alpha": alpha, "beta": beta},
    }))


if __name__ == "__main__":
    main()
