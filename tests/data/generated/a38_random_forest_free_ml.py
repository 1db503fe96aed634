# generated: simple machine-learning strategy without sklearn: ridge regression on lagged return features with numpy, rolling retrain, trade sign of prediction, output JSON
import argparse
import json

import numpy as np
import pandas as pd


def features(close: pd.Series, lags: int) -> pd.DataFrame:
    r = close.pct_change()
    feats = {f"lag_{k}": r.shift(k) for k in range(1, lags + 1)}
    feats["mom_20"] = close.pct_change(20).shift(1)
    feats["vol_20"] = r.rolling(20).std().shift(1)
    feats["rsi_like"] = (r.clip(lower=0).rolling(14).mean() / r.abs().rolling(14).mean()).shift(1)
    X = pd.DataFrame(feats)
    X["target"] = r
    return X.dropna()


def ridge_fit(X: np.ndarray, y: np.ndarray, lam: float) -> np.ndarray:
    Xb = np.column_stack([np.ones(len(X)), X])
    I = np.eye(Xb.shape[1])
    I[0, 0] = 0.0  # do not penalise intercept
    return np.linalg.solve(Xb.T @ Xb + lam * I, Xb.T @ y)


def ridge_predict(X: np.ndarray, w: np.ndarray) -> np.ndarray:
    return np.column_stack([np.ones(len(X)), X]) @ w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--lags", type=int, default=5)
    ap.add_argument("--train", type=int, default=500)
    ap.add_argument("--retrain", type=int, default=21)
    ap.add_argument("--lam", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=404)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    eps = rng.normal(0, 0.01, args.days)
    r = np.empty(args.days)
    r[:2] = eps[:2]
    for t in range(2, args.days):
        r[t] = 0.06 * r[t - 1] - 0.04 * r[t - 2] + eps[t]
    close = pd.Series(100 * np.exp(np.cumsum(r)), index=pd.bdate_range("2010-01-01", periods=args.days))

    data = features(close, args.lags)
    cols = [c for c in data.columns if c != "target"]
    X_all, y_all = data[cols].values, data["target"].values
    preds = np.full(len(data), np.nan)
    coefs = []
    for start in range(args.train, len(data), args.retrain):
        Xtr, ytr = X_all[start - args.train:start], y_all[start - args.train:start]
        mu, sd = Xtr.mean(axis=0), Xtr.std(axis=0)
        w = ridge_fit((Xtr - mu) / sd, ytr, args.lam)
        coefs.append(w[1:])
        end = min(start + args.retrain, len(data))
        preds[start:end] = ridge_predict((X_all[start:end] - mu) / sd, w)
    mask = ~np.isnan(preds)
    pos = np.sign(preds[mask])
    strat = pos * y_all[mask]
    hit = float(np.mean(np.sign(preds[mask]) == np.sign(y_all[mask])))
    ic = float(np.corrcoef(preds[mask], y_all[mask])[0, 1])
    avg_coef = np.mean(coefs, axis=0)
    print(f"{len(coefs)} refits; strongest feature: {cols[int(np.argmax(np.abs(avg_coef)))]}")
    print(json.dumps({
        "oos_days": int(mask.sum()),
        "hit_rate": round(hit, 4),
        "information_coefficient": round(ic, 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "total_return": round(float(np.prod(1 + strat) - 1), 4),
        "avg_coefficients": dict(zip(cols, np.round(avg_coef, 6).tolist())),
    }))


if __name__ == "__main__":
    main()
