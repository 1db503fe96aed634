# generated: predict next-day returns with a rolling ridge regression on lagged features (numpy closed form), trade sign of forecast, report information coefficient in JSON
import argparse
import json
import time

import numpy as np
import pandas as pd


def build_features(close: pd.Series) -> pd.DataFrame:
    r = close.pct_change()
    feats = pd.DataFrame({
        "r1": r,
        "r5": close.pct_change(5),
        "r20": close.pct_change(20),
        "vol20": r.rolling(20).std(),
        "dist_ma50": close / close.rolling(50).mean() - 1,
        "rsi_like": r.clip(lower=0).rolling(14).mean() / r.abs().rolling(14).mean(),
    })
    feats["target"] = r.shift(-1)
    return feats.dropna()


def ridge_fit(X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1
    Xs = (X - mu) / sd
    Xs = np.column_stack([np.ones(len(Xs)), Xs])
    penalty = lam * np.eye(Xs.shape[1])
    penalty[0, 0] = 0
    beta = np.linalg.solve(Xs.T @ Xs + penalty, Xs.T @ y)
    return beta, mu, sd


def ridge_predict(x, beta, mu, sd):
    return beta[0] + ((x - mu) / sd) @ beta[1:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--train", type=int, default=500)
    ap.add_argument("--refit", type=int, default=20)
    ap.add_argument("--lam", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=2424)
    args = ap.parse_args()

    t0 = time.perf_counter()
    rng = np.random.default_rng(args.seed)
    r = rng.normal(0.0002, 0.01, args.n)
    for t in range(5, args.n):
        r[t] += -0.05 * r[t - 1] + 0.02 * r[t - 5:t].sum() / 5
    close = pd.Series(100 * np.cumprod(1 + r), index=pd.bdate_range("2010-01-01", periods=args.n))
    data = build_features(close)
    cols = [c for c in data.columns if c != "target"]
    X, y = data[cols].to_numpy(), data["target"].to_numpy()

    preds = np.full(len(y), np.nan)
    beta = mu = sd = None
    for t in range(args.train, len(y)):
        if (t - args.train) % args.refit == 0:
            beta, mu, sd = ridge_fit(X[t - args.train:t], y[t - args.train:t], args.lam)
        preds[t] = ridge_predict(X[t], beta, mu, sd)

    mask = ~np.isnan(preds)
    p, actual = preds[mask], y[mask]
    ic = np.corrcoef(p, actual)[0, 1]
    rank_ic = pd.Series(p).rank().corr(pd.Series(actual).rank())
    strat = np.sign(p) * actual
    eq = np.cumprod(1 + strat)
    print(f"fitted {int(np.ceil(mask.sum() / args.refit))} models in {time.perf_counter() - t0:.2f}s")
    print(json.dumps({
        "ic": round(float(ic), 4),
        "rank_ic": round(float(rank_ic), 4),
        "hit_rate": round(float((np.sign(p) == np.sign(actual)).mean()), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "final_equity": round(float(eq[-1]), 4),
        "last_coefficients": dict(zip(cols, np.round(beta[1:], 6).tolist())),
    }))


if __name__ == "__main__":
    main()
