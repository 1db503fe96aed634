# generated: sector-neutral mean reversion using a pandas MultiIndex (date, ticker) and groupby, output json
import argparse
import json
import itertools

import numpy as np
import pandas as pd


SECTORS = ["TECH", "FIN", "ENERGY", "HEALTH"]


def build_panel(per_sector: int, days: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    dates = pd.bdate_range("2020-01-01", periods=days)
    tickers, sectors = [], []
    for sec, i in itertools.product(SECTORS, range(per_sector)):
        tickers.append(f"{sec[:3]}{i}")
        sectors.append(sec)
    sector_factor = {s: rng.normal(0, 0.01, days) for s in SECTORS}
    frames = []
    for t, s in zip(tickers, sectors):
        r = sector_factor[s] + rng.normal(0, 0.012, days)
        # add short-term reversal
        r[1:] -= 0.1 * r[:-1]
        frames.append(pd.DataFrame({"date": dates, "ticker": t, "sector": s, "ret": r}))
    panel = pd.concat(frames).set_index(["date", "ticker"]).sort_index()
    return panel


def signal(panel: pd.DataFrame, window: int) -> pd.Series:
    past = panel.groupby(level="ticker")["ret"].transform(lambda x: x.rolling(window).sum())
    demeaned = past - past.groupby([panel.index.get_level_values("date"), panel["sector"]]).transform("mean")
    return -demeaned


def weights(sig: pd.Series, panel: pd.DataFrame) -> pd.Series:
    keys = [panel.index.get_level_values("date"), panel["sector"]]
    gross = sig.abs().groupby(keys).transform("sum")
    return (sig / gross / len(SECTORS)).fillna(0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-sector", type=int, default=8, dest="per_sector")
    ap.add_argument("--days", type=int, default=750)
    ap.add_argument("--window", type=int, default=5)
    ap.add_argument("--seed", type=int, default=58)
    a = ap.parse_args()

    panel = build_panel(a.per_sector, a.days, a.seed)
    sig = signal(panel, a.window)
    w = weights(sig, panel)
    w_lag = w.groupby(level="ticker").shift(1)
    contrib = (w_lag * panel["ret"]).rename("pnl")
    daily = contrib.groupby(level="date").sum()
    by_sector = contrib.groupby(panel["sector"]).sum()
    net_exposure = w.groupby(level="date").sum().abs().max()
    wide = w.unstack("ticker")
    turnover = wide.diff().abs().sum(axis=1).mean()
    print(f"panel shape {panel.shape}, index levels {list(panel.index.names)}")
    print(json.dumps({
        "sharpe": round(float(daily.mean() / daily.std() * np.sqrt(252)), 3),
        "total_return": round(float((1 + daily).prod() - 1), 4),
        "max_net_exposure": round(float(net_exposure), 6),
        "avg_turnover": round(float(turnover), 3),
        "pnl_by_sector": {k: round(float(v), 4) for k, v in by_sector.items()},
    }))


if __name__ == "__main__":
    main()
