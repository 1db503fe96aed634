# generated: crypto perpetual futures funding rate carry strategy: short perp + long spot when funding is high, 8-hourly synthetic data, pandas resample, json stats
import argparse
import json

import numpy as np
import pandas as pd


def synthetic_market(days, seed):
    rng = np.random.default_rng(seed)
    idx = pd.date_range("2021-01-01", periods=days * 3, freq="8H")
    spot = 30000 * np.exp(np.cumsum(rng.normal(0, 0.015, len(idx))))
    funding = np.zeros(len(idx))
    for i in range(1, len(idx)):
        funding[i] = 0.9 * funding[i - 1] + 0.1 * 0.0001 + rng.normal(0, 0.00008)
    basis = rng.normal(0, 0.0005, len(idx))
    perp = spot * (1 + basis + funding * 3)
    return pd.DataFrame({"spot": spot, "perp": perp, "funding": funding}, index=idx)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=700)
    ap.add_argument("--enter", type=float, default=0.0001, help="8h funding to enter")
    ap.add_argument("--exit", type=float, default=0.0, help="8h funding to exit")
    ap.add_argument("--fee", type=float, default=0.0004, help="per leg taker fee")
    ap.add_argument("--seed", type=int, default=2323)
    args = ap.parse_args()

    df = synthetic_market(args.days, args.seed)
    state = 0
    pos = []
    for f in df["funding"].rolling(3).mean().fillna(0):
        if state == 0 and f > args.enter:
            state = 1
        elif state == 1 and f < args.exit:
            state = 0
        pos.append(state)
    df["pos"] = pos
    held = df["pos"].shift().fillna(0)
    # short perp, long spot: earn funding, P&L from basis changes
    df["funding_pnl"] = held * df["funding"]
    df["basis"] = df["perp"] / df["spot"] - 1
    df["basis_pnl"] = -held * df["basis"].diff().fillna(0)
    df["fees"] = df["pos"].diff().abs().fillna(0) * 2 * args.fee
    df["pnl"] = df["funding_pnl"] + df["basis_pnl"] - df["fees"]

    daily = df["pnl"].resample("D").sum()
    monthly = df[["funding_pnl", "basis_pnl", "fees"]].resample("M").sum()
    eq = (1 + daily).cumprod()
    print(monthly.tail(3).round(5).to_string())
    print(json.dumps({
        "periods": int(len(df)),
        "pct_time_in_trade": round(float(df["pos"].mean()), 3),
        "entries": int((df["pos"].diff() == 1).sum()),
        "ann_return": round(float(daily.mean() * 365), 4),
        "sharpe": round(float(daily.mean() / daily.std() * np.sqrt(365)), 3),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "total_funding": round(float(df["funding_pnl"].sum()), 4),
        "total_fees": round(float(df["fees"].sum()), 4),
    }))


if __name__ == "__main__":
    main()
