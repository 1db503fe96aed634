# generated: turtle-style breakout with ATR-based position sizing; print equity curve stats as json
import argparse
import json
import math

import numpy as np
import pandas as pd


def ohlc(n, seed):
    rng = np.random.default_rng(seed)
    close = 20 * np.exp(np.cumsum(rng.normal(0.0003, 0.018, n)))
    spread = np.abs(rng.normal(0, 0.01, n)) * close
    df = pd.DataFrame({
        "high": close + spread,
        "low": close - spread,
        "close": close,
    }, index=pd.bdate_range("2014-03-03", periods=n))
    df["open"] = df["close"].shift(1).fillna(df["close"].iloc[0])
    return df


def true_range(df):
    prev_close = df["close"].shift(1)
    ranges = pd.concat([
        df["high"] - df["low"],
        (df["high"] - prev_close).abs(),
        (df["low"] - prev_close).abs(),
    ], axis=1)
    return ranges.max(axis=1)


def atr(df, n=20):
    return true_range(df).ewm(alpha=1 / n, adjust=False).mean()


def run(df, entry_n, exit_n, risk_frac, capital):
    df = df.copy()
    df["atr"] = atr(df)
    df["hi_n"] = df["high"].rolling(entry_n).max().shift(1)
    df["lo_x"] = df["low"].rolling(exit_n).min().shift(1)
    cash, units, stop = capital, 0, None
    equity = []
    trades = 0
    for ts, row in df.iterrows():
        if units == 0 and not math.isnan(row.hi_n) and row.close > row.hi_n:
            dollar_risk = (cash) * risk_frac
            units = int(dollar_risk / (2 * row.atr)) if row.atr > 0 else 0
            units = min(units, int(cash / row.close))
            if units > 0:
                cash -= units * row.close
                stop = row.close - 2 * row.atr
                trades += 1
        elif units > 0 and (row.close < row.lo_x or row.close < stop):
            cash += units * row.close
            units = 0
            stop = None
        equity.append(cash + units * row.close)
    return pd.Series(equity, index=df.index), trades


def main():
    ap = argparse.ArgumentParser(description="Turtle breakout")
    ap.add_argument("--entry", type=int, default=55)
    ap.add_argument("--exit", type=int, default=20)
    ap.add_argument("--risk", type=float, default=0.01, help="fraction of equity risked per 1 ATR")
    ap.add_argument("--capital", type=float, default=1_000_000)
    ap.add_argument("--bars", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()

    df = ohlc(args.bars, args.seed)
    eq, trades = run(df, args.entry, args.exit, args.risk, args.capital)
    r = eq.pct_change().dropna()
    yearly = eq.resample("Y").last().pct_change().dropna()
    print("yearly returns:", ", ".join(f"{d.year}:{v:+.1%}" for d, v in yearly.items()))
    print(json.dumps({
        "final_equity": round(eq.iloc[-1], 2),
        "cagr": round((eq.iloc[-1] / args.capital) ** (252 / len(eq)) - 1, 4),
        "sharpe": round(r.mean() / r.std() * math.sqrt(252), 3),
        "max_drawdown": round((eq / eq.cummax() - 1).min(), 4),
        "trades": trades,
        "best_year": round(yearly.max(), 4),
        "worst_year": round(yearly.min(), 4),
    }))


if __name__ == "__main__":
    main()
