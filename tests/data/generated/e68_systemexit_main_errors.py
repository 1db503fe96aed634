# generated: robust CLI backtest of an inverse-volatility weighted trend portfolio: validate inputs with parser.error, main() returns an exit code used via raise SystemExit(main())
import argparse
import json
import math
from typing import List, Optional

import numpy as np
import pandas as pd


class BacktestError(Exception):
    def __init__(self, message: str, code: int = 2):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f"backtest error ({self.code}): {self.args[0]}"


def parse_args(argv: Optional[List[str]] = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="trend-portfolio")
    p.add_argument("--assets", type=int, default=6)
    p.add_argument("--days", type=int, default=2500)
    p.add_argument("--lookback", type=int, default=126)
    p.add_argument("--vol-window", type=int, default=63, dest="vol_window")
    p.add_argument("--seed", type=int, default=8)
    ns = p.parse_args(argv)
    if ns.assets < 2:
        p.error("--assets must be at least 2")
    if ns.lookback >= ns.days // 2:
        p.error("--lookback too long for the number of days")
    return ns


def simulate(assets: int, days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    vols = rng.uniform(0.05, 0.35, assets) / math.sqrt(252)
    trends = rng.normal(0, 0.0004, (days // 120 + 1, assets)).repeat(120, axis=0)[:days]
    r = trends + rng.normal(0, 1, (days, assets)) * vols
    cols = [f"M{i}" for i in range(assets)]
    return pd.DataFrame(r, columns=cols, index=pd.bdate_range("2010-01-04", periods=days))


def backtest(rets: pd.DataFrame, lookback: int, vol_window: int) -> pd.Series:
    px = (1 + rets).cumprod()
    trend = np.sign(px.pct_change(lookback))
    inv_vol = 1 / rets.rolling(vol_window).std()
    w = trend * inv_vol
    w = w.div(w.abs().sum(axis=1), axis=0)
    port = (w.shift(1) * rets).sum(axis=1, min_count=1).dropna()
    if port.empty:
        raise BacktestError("no overlapping data after warm-up")
    return port


def main(argv: Optional[List[str]] = None) -> int:
    args = parse_args(argv)
    try:
        rets = simulate(args.assets, args.days, args.seed)
        port = backtest(rets, args.lookback, args.vol_window)
    except BacktestError as exc:
        print(json.dumps({"error": str(exc)}))
        return exc.code
    eq = (1 + port).cumprod()
    corr_to_assets = rets.loc[port.index].corrwith(port)
    print(f"portfolio over {len(port)} days, {args.assets} assets")
    print(json.dumps({
        "cagr": round(float(eq.iloc[-1] ** (252 / len(eq)) - 1), 4),
        "sharpe": round(float(port.mean() / port.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "corr_to_assets": corr_to_assets.round(3).to_dict(),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
