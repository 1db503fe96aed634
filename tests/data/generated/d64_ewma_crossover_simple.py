# generated: quick script: EMA 12/26 crossover with a volume filter on synthetic daily data, print a few progress lines and then the stats as JSON (keep it short and readable)
"""EMA crossover with volume confirmation.

Enters long when the fast EMA crosses above the slow EMA on above-average volume,
exits on the opposite cross. Positions are taken on the next bar (no look-ahead).
"""
import argparse
import json

import numpy as np
import pandas as pd

parser = argparse.ArgumentParser(description="EMA crossover with volume confirmation")
parser.add_argument("--fast", type=int, default=12)
parser.add_argument("--slow", type=int, default=26)
parser.add_argument("--vol-mult", type=float, default=1.0, help="volume must exceed this x its 20d average")
parser.add_argument("--seed", type=int, default=2023)
parser.add_argument("--days", type=int, default=1260)
args = parser.parse_args()

rng = np.random.default_rng(args.seed)
dates = pd.bdate_range("2019-01-02", periods=args.days)
returns = rng.normal(0.0004, 0.013, args.days)
df = pd.DataFrame({
    "close": 50 * np.exp(returns.cumsum()),
    "volume": rng.lognormal(13, 0.4, args.days) * (1 + 20 * np.abs(returns)),
}, index=dates)

print(f"Loaded {len(df)} synthetic bars")

df["ema_fast"] = df["close"].ewm(span=args.fast, adjust=False).mean()
df["ema_slow"] = df["close"].ewm(span=args.slow, adjust=False).mean()
df["vol_ok"] = df["volume"] > args.vol_mult * df["volume"].rolling(20).mean()

cross_up = (df["ema_fast"] > df["ema_slow"]) & (df["ema_fast"].shift() <= df["ema_slow"].shift())
cross_dn = (df["ema_fast"] < df["ema_slow"]) & (df["ema_fast"].shift() >= df["ema_slow"].shift())

df["signal"] = np.nan
df.loc[cross_up & df["vol_ok"], "signal"] = 1
df.loc[cross_dn, "signal"] = 0
df["position"] = df["signal"].ffill().fillna(0).shift().fillna(0)
df["strategy"] = df["position"] * df["close"].pct_change().fillna(0)

print(f"Entries: {int((cross_up & df['vol_ok']).sum())}, skipped for low volume: {int((cross_up & ~df['vol_ok']).sum())}")

equity = (1 + df["strategy"]).cumprod()
drawdown = equity / equity.cummax() - 1
years = len(df) / 252

stats = {
    "total_return": round(equity.iloc[-1] - 1, 4),
    "cagr": round(equity.iloc[-1] ** (1 / years) - 1, 4),
    "volatility": round(df["strategy"].std() * np.sqrt(252), 4),
    "sharpe": round(df["strategy"].mean() / df["strategy"].std() * np.sqrt(252), 2),
    "max_drawdown": round(drawdown.min(), 4),
    "time_in_market": round(df["position"].mean(), 3),
    "buy_and_hold": round(df["close"].iloc[-1] / df["close"].iloc[0] - 1, 4),
}
stats = {k: float(v) for k, v in stats.items()}
print("Done.")
print(json.dumps(stats))
