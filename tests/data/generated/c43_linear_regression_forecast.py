# generated: predict next-day returns with a ridge regression on lagged features (numpy only), rolling refit, trade the sign, output JSON
import argparse
import json

import numpy as np
import pandas as pd


def features(close: pd.Series) -> pd.DataFrame:
    r = close.pct_change()
    X = pd.DataFrame({
        "r1": r,
        "r5": close.pct_change(5),
        "r20": close.pct_change(20),
        "vol20": r.rolling(20).std(),
        "dist_sma50": close / close.rolling(50).mean() - 1,
        "rsi_proxy": r.clip(lower=0).rolling(14).mean() / r.abs().rolling(14).mean(),
    })
    return X


def ridge_fit(X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    Xb = np.c_[np.ones(len(X)), X]
    I = np.eye(Xb.shape[1])
    I[0, 0] = 0
    return np.linalg.solve(Xb.T @ Xb + lam * I, Xb.T @ y)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--window", type=int, default=500)
    ap.add_argument("--refit", type=int, default=21)
    ap.add_argument("--lam", type=float, default=1.0)
    ap.add_argument("--seed", type=int, default=2)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    n = 2500
    eps = rng.normal(0, 0.01, n)
    r = np.zeros(n)
    for t in range(1, n):
        r[t] = 0.05 * r[t - 1] + eps[t]  # slight autocorrelation to learn
    close = pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2012-01-02", periods=n))

    X = features(close)
    y = close.pct_change().shift(-1)
    data = pd.concat([X, y.rename("y")], axis=1).dropna()
    cols = list(X.columns)

    preds = pd.Series(np.nan, index=data.index)
    coefs = []
    for start in range(a.window, len(data), a.refit):
        train = data.iloc[start - a.window:start]
        mu, sd = train[cols].mean(), train[cols].std()
        beta = ridge_fit(((train[cols] - mu) / sd).to_numpy(), train.y.to_numpy(), a.lam)
        coefs.append(beta)
        test = data.iloc[start:start + a.refit]
        Xt = ((test[cols] - mu) / sd).to_numpy()
        preds.iloc[start:start + a.refit] = np.c_[np.ones(len(Xt)), Xt] @ beta

    mask = preds.notna()
    pos = np.sign(preds[mask])
    strat = pos * data.y[mask]
    hit = (np.sign(preds[mask]) == np.sign(data.y[mask])).mean()
    ic = np.corrcoef(preds[mask], data.y[mask])[0, 1]
    avg_coef = np.mean(coefs, axis=0)
    print("average standardized coefficients:", {c: f"{v:+.2e}" for c, v in zip(["const"] + cols, avg_coef)})
    print(json.dumps({
        "oos_days": int(mask.sum()),
        "hit_rate": round(float(hit), 4),
        "ic": round(float(ic), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "total_return": round(float((1 + strat).prod() - 1), 4),
        "refits": len(coefs),
    }))


if __name__ == "__main__":
    main()
