# generated: anchored VWAP strategy: anchor at each 60-day high, buy pullbacks to the anchored VWAP, pandas groupby cumsum; json stats
import argparse
import json

import numpy as np
import pandas as pd


def anchored_vwap(df: pd.DataFrame, anchor_flags: pd.Series) -> pd.Series:
    anchor_id = anchor_flags.cumsum()
    typical = (df["high"] + df["low"] + df["close"]) / 3
    pv = (typical * df["volume"]).groupby(anchor_id).cumsum()
    vv = df["volume"].groupby(anchor_id).cumsum()
    avwap = pv / vv
    return avwap.where(anchor_id > 0)


def extra_stats(r: pd.Series, periods: int = 252) -> dict:
    """A few more risk numbers: Sortino, Calmar, best/worst period and skew."""
    downside = r[r < 0]
    dd_dev = float(np.sqrt((downside ** 2).mean())) if len(downside) else 0.0
    eq = (1 + r).cumprod()
    max_dd = float((eq / eq.cummax() - 1).min())
    cagr = float(eq.iloc[-1] ** (periods / len(r)) - 1)
    return {
        "sortino": round(float(r.mean() / dd_dev * np.sqrt(periods)), 3) if dd_dev else None,
        "calmar": round(cagr / abs(max_dd), 3) if max_dd else None,
        "best_period": round(float(r.max()), 5),
        "worst_period": round(float(r.min()), 5),
        "skew": round(float(r.skew()), 3),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lookback", type=int, default=60)
    ap.add_argument("--tolerance", type=float, default=0.002)
    ap.add_argument("--hold", type=int, default=10)
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=47)
    a = ap.parse_args()
    rng = np.random.default_rng(a.seed)
    c = 100 * np.exp(np.cumsum(rng.normal(0.0004, 0.012, a.bars)))
    w = np.abs(rng.normal(0, 0.006, (a.bars, 2)))
    df = pd.DataFrame({"high": c * (1 + w[:, 0]), "low": c * (1 - w[:, 1]), "close": c,
                       "volume": rng.lognormal(13, 0.4, a.bars)},
                      index=pd.bdate_range("2013-01-01", periods=a.bars))
    new_high = df["high"] >= df["high"].rolling(a.lookback).max()
    avwap = anchored_vwap(df, new_high)
    touch = (df["low"] <= avwap * (1 + a.tolerance)) & (df["close"] > avwap)
    entries = touch & ~touch.shift(fill_value=False)
    pos = entries.astype(float).replace(0, np.nan).ffill(limit=a.hold - 1).fillna(0)
    strat = pos.shift().fillna(0) * df["close"].pct_change().fillna(0)
    eq = (1 + strat).cumprod()
    print(f"anchors: {int(new_high.sum())}, entries: {int(entries.sum())}")
    print(json.dumps({
        "anchors": int(new_high.sum()),
        "entries": int(entries.sum()),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "extra": extra_stats(strat),
        "exposure": round(float(pos.mean()), 3),
    }))


if __name__ == "__main__":
    main()
