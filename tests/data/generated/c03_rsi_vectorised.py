# generated: RSI strategy in pandas, buy when RSI < 30 sell when > 70, print stats as JSON
import argparse
import json

import numpy as np
import pandas as pd


def rsi(close: pd.Series, period: int = 14) -> pd.Series:
    """Wilder's RSI using exponential smoothing."""
    delta = close.diff()
    gain = delta.clip(lower=0)
    loss = -delta.clip(upper=0)
    avg_gain = gain.ewm(alpha=1 / period, min_periods=period, adjust=False).mean()
    avg_loss = loss.ewm(alpha=1 / period, min_periods=period, adjust=False).mean()
    rs = avg_gain / avg_loss.replace(0, np.nan)
    return 100 - 100 / (1 + rs)


def build_positions(r: pd.Series, low: float, high: float) -> pd.Series:
    state = 0
    out = []
    for value in r.to_numpy():
        if np.isnan(value):
            out.append(0)
            continue
        if state == 0 and value < low:
            state = 1
        elif state == 1 and value > high:
            state = 0
        out.append(state)
    return pd.Series(out, index=r.index, dtype=float)


def trade_list(pos: pd.Series, close: pd.Series) -> list:
    trades = []
    entry_px = None
    changes = pos.diff().fillna(pos)
    for ts, ch in changes[changes != 0].items():
        if ch > 0:
            entry_px = close.loc[ts]
            entry_ts = ts
        elif entry_px is not None:
            trades.append({
                "entry": str(entry_ts.date()),
                "exit": str(ts.date()),
                "ret": round(close.loc[ts] / entry_px - 1, 4),
            })
            entry_px = None
    return trades


def main():
    ap = argparse.ArgumentParser(description="RSI(14) oversold/overbought strategy")
    ap.add_argument("--period", type=int, default=14)
    ap.add_argument("--low", type=float, default=30.0)
    ap.add_argument("--high", type=float, default=70.0)
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    idx = pd.bdate_range("2015-01-01", periods=args.bars)
    close = pd.Series(50 * np.exp(np.cumsum(rng.normal(0.0002, 0.015, args.bars))), index=idx)

    r = rsi(close, args.period)
    pos = build_positions(r, args.low, args.high)
    rets = close.pct_change().fillna(0) * pos.shift(1).fillna(0)
    equity = (1 + rets).cumprod()
    trades = trade_list(pos, close)
    wins = [t for t in trades if t["ret"] > 0]

    print(f"RSI range: {r.min():.1f} .. {r.max():.1f}, trades: {len(trades)}")
    result = {
        "final_equity": round(float(equity.iloc[-1]), 4),
        "buy_and_hold": round(float(close.iloc[-1] / close.iloc[0]), 4),
        "n_trades": len(trades),
        "hit_rate": round(len(wins) / len(trades), 3) if trades else None,
        "avg_trade": round(float(np.mean([t["ret"] for t in trades])), 4) if trades else None,
        "last_trades": trades[-3:],
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
