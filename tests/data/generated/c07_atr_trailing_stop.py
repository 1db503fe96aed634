# generated: trend following with ATR-based trailing stop and position sizing by volatility; output results as json
import argparse
import json
import math

import numpy as np
import pandas as pd


def make_ohlc(n, seed):
    rng = np.random.default_rng(seed)
    close = 30 * np.exp(np.cumsum(rng.normal(0.0004, 0.018, n)))
    open_ = np.r_[close[0], close[:-1]] * (1 + rng.normal(0, 0.003, n))
    high = np.maximum(open_, close) * (1 + np.abs(rng.normal(0, 0.006, n)))
    low = np.minimum(open_, close) * (1 - np.abs(rng.normal(0, 0.006, n)))
    idx = pd.bdate_range("2016-06-01", periods=n)
    return pd.DataFrame({"open": open_, "high": high, "low": low, "close": close}, index=idx)


def atr(df, period=14):
    prev_close = df["close"].shift(1)
    tr = pd.concat([
        df["high"] - df["low"],
        (df["high"] - prev_close).abs(),
        (df["low"] - prev_close).abs(),
    ], axis=1).max(axis=1)
    return tr.ewm(alpha=1 / period, adjust=False).mean()


def simulate(df, ema_len, atr_mult, risk_per_trade, capital):
    df = df.copy()
    df["atr"] = atr(df)
    df["ema"] = df["close"].ewm(span=ema_len, adjust=False).mean()
    cash = capital
    shares = 0
    stop = None
    equity_curve = []
    trades = 0
    for ts, row in df.iloc[ema_len:].iterrows():
        if shares > 0:
            stop = max(stop, row.close - atr_mult * row.atr)
            if row.low <= stop:
                cash += shares * stop
                shares = 0
                stop = None
        elif row.close > row.ema and row.atr > 0:
            risk_dollars = (cash) * risk_per_trade
            qty = math.floor(risk_dollars / (atr_mult * row.atr))
            qty = min(qty, math.floor(cash / row.close))
            if qty > 0:
                shares = qty
                cash -= qty * row.close
                stop = row.close - atr_mult * row.atr
                trades += 1
        equity_curve.append(cash + shares * row.close)
    return pd.Series(equity_curve, index=df.index[ema_len:]), trades


def main():
    ap = argparse.ArgumentParser(description="EMA trend + ATR trailing stop")
    ap.add_argument("--ema", type=int, default=50)
    ap.add_argument("--atr-mult", type=float, default=3.0)
    ap.add_argument("--risk", type=float, default=0.01, help="fraction of equity risked per trade")
    ap.add_argument("--capital", type=float, default=50000)
    ap.add_argument("--seed", type=int, default=99)
    args = ap.parse_args()

    df = make_ohlc(1800, args.seed)
    eq, trades = simulate(df, args.ema, args.atr_mult, args.risk, args.capital)
    rets = eq.pct_change().dropna()
    monthly = eq.resample("M").last().pct_change().dropna()
    print(f"trades={trades}, best month {monthly.max():.2%}, worst month {monthly.min():.2%}")
    print(json.dumps({
        "final_equity": round(float(eq.iloc[-1]), 2),
        "total_return": round(float(eq.iloc[-1] / args.capital - 1), 4),
        "sharpe": round(float(rets.mean() / rets.std() * np.sqrt(252)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "positive_months": round(float((monthly > 0).mean()), 3),
        "trades": trades,
    }))


if __name__ == "__main__":
    main()
