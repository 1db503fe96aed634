# generated: pairs trading strategy with z-score of the spread between two cointegrated synthetic stocks, hedge ratio by OLS, output stats as json
import argparse
import json
import math

import numpy as np
import pandas as pd


def simulate_pair(n: int, seed: int, beta: float = 1.5):
    rng = np.random.default_rng(seed)
    common = np.cumsum(rng.normal(0, 1.0, n)) + 100
    spread = np.zeros(n)
    for t in range(1, n):
        spread[t] = 0.9 * spread[t - 1] + rng.normal(0, 0.8)
    a = common + rng.normal(0, 0.3, n)
    b = beta * common + spread + 20
    idx = pd.bdate_range("2017-01-02", periods=n)
    return pd.DataFrame({"A": a, "B": b}, index=idx)


def hedge_ratio(y: np.ndarray, x: np.ndarray) -> tuple:
    X = np.column_stack([np.ones_like(x), x])
    coef, *_ = np.linalg.lstsq(X, y, rcond=None)
    return coef[0], coef[1]


def rolling_zscore(s: pd.Series, window: int) -> pd.Series:
    return (s - s.rolling(window).mean()) / s.rolling(window).std()


def trade(z: pd.Series, entry: float, exit_: float) -> pd.Series:
    state = 0
    out = []
    for val in z:
        if math.isnan(val):
            out.append(0)
            continue
        if state == 0:
            if val > entry:
                state = -1
            elif val < -entry:
                state = 1
        elif abs(val) < exit_:
            state = 0
        out.append(state)
    return pd.Series(out, index=z.index, dtype=float)


def main():
    ap = argparse.ArgumentParser(description="z-score pairs trading")
    ap.add_argument("--n", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--window", type=int, default=60)
    ap.add_argument("--entry", type=float, default=2.0)
    ap.add_argument("--exit", dest="exit_", type=float, default=0.5)
    ap.add_argument("--train-frac", type=float, default=0.4)
    args = ap.parse_args()

    px = simulate_pair(args.n, args.seed)
    split = int(len(px) * args.train_frac)
    train, test = px.iloc[:split], px.iloc[split:]
    alpha, beta = hedge_ratio(train["B"].values, train["A"].values)
    print(f"in-sample hedge ratio: beta={beta:.4f} alpha={alpha:.3f}")

    spread = test["B"] - beta * test["A"] - alpha
    z = rolling_zscore(spread, args.window)
    pos = trade(z, args.entry, args.exit_).shift(1).fillna(0)

    gross = test["B"].abs() + beta * test["A"].abs()
    pnl = pos * spread.diff().fillna(0)
    ret = pnl / gross.shift(1).bfill()
    eq = (1 + ret).cumprod()
    vol = ret.std() * math.sqrt(252)

    trades = int((pos.diff().fillna(0) != 0).sum())
    out = {
        "beta": round(float(beta), 4),
        "test_days": len(test),
        "trades": trades,
        "total_pnl": round(float(pnl.sum()), 2),
        "ann_return": round(float(ret.mean() * 252), 4),
        "sharpe": round(float(ret.mean() * 252 / vol), 3) if vol > 0 else None,
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "corr_AB": round(float(px["A"].pct_change().corr(px["B"].pct_change())), 3),
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
