# generated: triple moving average strategy on three synthetic ETFs; assemble a results DataFrame and print it with DataFrame.to_json as the last line
import argparse

import numpy as np
import pandas as pd


def triple_ma_positions(close: pd.Series, a: int, b: int, c: int) -> pd.Series:
    ma_a, ma_b, ma_c = (close.rolling(n).mean() for n in (a, b, c))
    score = (ma_a > ma_b).astype(int) + (ma_b > ma_c).astype(int) + (close > ma_a).astype(int)
    return score / 3.0


def sortino(r: pd.Series, periods: int = 252) -> float:
    downside = r[r < 0]
    if downside.empty:
        return float("nan")
    return r.mean() / np.sqrt((downside ** 2).mean()) * np.sqrt(periods)


def longest_drawdown_days(eq: pd.Series) -> int:
    underwater = eq < eq.cummax()
    runs = underwater.groupby((~underwater).cumsum()).sum()
    return int(runs.max()) if len(runs) else 0


def metrics(r: pd.Series) -> dict:
    eq = (1 + r).cumprod()
    return {
        "sortino": sortino(r),
        "longest_dd_days": longest_drawdown_days(eq),
        "cagr": eq.iloc[-1] ** (252 / len(r)) - 1,
        "vol": r.std() * np.sqrt(252),
        "sharpe": r.mean() / r.std() * np.sqrt(252),
        "max_dd": (eq / eq.cummax() - 1).min(),
        "calmar": (eq.iloc[-1] ** (252 / len(r)) - 1) / abs((eq / eq.cummax() - 1).min()),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mas", type=int, nargs=3, default=[10, 50, 200], metavar=("A", "B", "C"))
    ap.add_argument("--tickers", nargs="+", default=["SPX", "AGG", "GLD"])
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=303)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    idx = pd.bdate_range("2009-01-02", periods=args.days)
    params = {"SPX": (0.08, 0.18), "AGG": (0.03, 0.05), "GLD": (0.05, 0.16)}
    rows = {}
    for t in args.tickers:
        mu, sig = params.get(t, (0.05, 0.2))
        close = pd.Series(100 * np.exp(np.cumsum(rng.normal(mu / 252, sig / np.sqrt(252), args.days))), index=idx)
        pos = triple_ma_positions(close, *args.mas)
        r = pos.shift().fillna(0) * close.pct_change().fillna(0)
        m = metrics(r)
        m["exposure"] = pos.mean()
        rows[t] = m
        print(f"{t}: sharpe {m['sharpe']:.2f}, exposure {m['exposure']:.0%}")
    table = pd.DataFrame(rows).T.round(4)
    table.index.name = "ticker"
    print(table.to_string())
    print(table.to_json(orient="index"))


if __name__ == "__main__":
    main()
