# generated: backtest a dual momentum (absolute + relative) strategy between two synthetic equity indices and a bond fund; serialise results including dates, numpy types and dataclasses with a custom json.JSONEncoder
import argparse
import dataclasses
import json
import math
from dataclasses import dataclass
from datetime import date
from typing import List

import numpy as np
import pandas as pd


@dataclass
class Switch:
    when: date
    into: str
    lookback_return: float


@dataclass
class Summary:
    cagr: float
    vol: float
    max_dd: float
    switches: List[Switch]
    final_holding: str


class ResultEncoder(json.JSONEncoder):
    def default(self, o):
        if dataclasses.is_dataclass(o):
            return dataclasses.asdict(o)
        if isinstance(o, (date, pd.Timestamp)):
            return o.isoformat()
        if isinstance(o, np.integer):
            return int(o)
        if isinstance(o, np.floating):
            return round(float(o), 6)
        if isinstance(o, np.ndarray):
            return o.tolist()
        return super().default(o)


def data(months: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    cov = np.array([[0.0020, 0.0012, 0.0000], [0.0012, 0.0025, 0.0001], [0.0000, 0.0001, 0.0002]])
    r = rng.multivariate_normal([0.007, 0.006, 0.003], cov, size=months)
    return pd.DataFrame(r, columns=["US", "INTL", "BONDS"],
                        index=pd.date_range("1998-01-31", periods=months, freq="M"))


def dual_momentum(rets: pd.DataFrame, lookback: int, tbill: float) -> Summary:
    trailing = (1 + rets).rolling(lookback).apply(np.prod, raw=True) - 1
    holding = "BONDS"
    strat = []
    switches: List[Switch] = []
    for i in range(len(rets)):
        strat.append(rets[holding].iloc[i])
        if i < lookback - 1:
            continue
        row = trailing.iloc[i]
        best = "US" if row["US"] >= row["INTL"] else "INTL"
        choice = best if row[best] > tbill * lookback / 12 else "BONDS"
        if choice != holding:
            switches.append(Switch(rets.index[i].date(), choice, row[choice]))
            holding = choice
    s = pd.Series(strat, index=rets.index)
    eq = (1 + s).cumprod()
    return Summary(
        cagr=eq.iloc[-1] ** (12 / len(s)) - 1,
        vol=s.std() * math.sqrt(12),
        max_dd=(eq / eq.cummax() - 1).min(),
        switches=switches,
        final_holding=holding,
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--months", type=int, default=300)
    ap.add_argument("--lookback", type=int, default=12)
    ap.add_argument("--tbill", type=float, default=0.02)
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()

    rets = data(a.months, a.seed)
    summary = dual_momentum(rets, a.lookback, a.tbill)
    bench = (1 + rets["US"]).prod() ** (12 / len(rets)) - 1
    print(f"{len(summary.switches)} switches; last: {summary.switches[-1] if summary.switches else None}")
    out = {"dual_momentum": summary, "us_buy_hold_cagr": bench, "n_switches": len(summary.switches),
           "lookback": np.int64(a.lookback)}
    out["dual_momentum"].switches = summary.switches[-5:]
    print(json.dumps(out, cls=ResultEncoder))


if __name__ == "__main__":
    main()
