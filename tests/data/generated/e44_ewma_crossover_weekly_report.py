# generated: EMA crossover with a text weekly performance report (str.format tables) followed by JSON summary
import argparse
import json

import numpy as np
import pandas as pd

HEADER = "{:<12}{:>10}{:>10}{:>8}"
ROW = "{:<12}{:>10.2%}{:>10.2%}{:>8d}"


def load(n, seed):
    rng = np.random.default_rng(seed)
    return pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0003, 0.01, n))),
                     index=pd.bdate_range("2022-01-03", periods=n), name="close")


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
    ap.add_argument("--fast", type=int, default=8)
    ap.add_argument("--slow", type=int, default=21)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--weeks", type=int, default=8, help="weeks to show in the report")
    ap.add_argument("--seed", type=int, default=4)
    a = ap.parse_args()
    close = load(a.n, a.seed)
    fast = close.ewm(span=a.fast, adjust=False).mean()
    slow = close.ewm(span=a.slow, adjust=False).mean()
    pos = (fast > slow).astype(int)
    r = close.pct_change().fillna(0)
    strat = pos.shift().fillna(0) * r
    frame = pd.DataFrame({"strat": strat, "bh": r, "trade": pos.diff().abs().fillna(0)})
    weekly = frame.resample("W-FRI").agg({"strat": lambda x: (1 + x).prod() - 1,
                                          "bh": lambda x: (1 + x).prod() - 1,
                                          "trade": "sum"})
    print(HEADER.format("week", "strategy", "b&h", "trades"))
    for ts, row in weekly.tail(a.weeks).iterrows():
        print(ROW.format(ts.strftime("%Y-%m-%d"), row.strat, row.bh, int(row.trade)))
    eq = (1 + strat).cumprod()
    print("{:-^40}".format(" summary "))
    print(f"{'final equity':<20}{eq.iloc[-1]:>20.4f}")
    print(f"{'weeks beating b&h':<20}{(weekly.strat > weekly.bh).mean():>20.1%}")
    print(json.dumps({
        "final_equity": round(float(eq.iloc[-1]), 4),
        "weeks": int(len(weekly)),
        "weeks_beating_bh": round(float((weekly.strat > weekly.bh).mean()), 3),
        "best_week": weekly.strat.idxmax().strftime("%Y-%m-%d"),
        "trades": int(frame.trade.sum()),
        "extra": extra_stats(strat),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
    }))


if __name__ == "__main__":
    main()
