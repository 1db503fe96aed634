# generated: Gary Antonacci dual momentum (absolute + relative) with monthly data, track holdings with collections.Counter/defaultdict, json output
import argparse
import json
from collections import Counter, defaultdict, OrderedDict
from datetime import date, timedelta

import numpy as np
import pandas as pd


def monthly_prices(months, seed):
    rng = np.random.default_rng(seed)
    idx = pd.date_range(date(2003, 1, 31), periods=months, freq="M")
    spec = OrderedDict([("US", (0.008, 0.045)), ("INTL", (0.006, 0.05)), ("BONDS", (0.003, 0.015)), ("TBILL", (0.0015, 0.001))])
    data = {k: 100 * np.cumprod(1 + rng.normal(mu, sd, months)) for k, (mu, sd) in spec.items()}
    return pd.DataFrame(data, index=idx)


def dual_momentum(prices: pd.DataFrame, lookback: int):
    mom = prices.pct_change(lookback)
    holdings = []
    for ts, row in mom.iterrows():
        if row.isna().any():
            holdings.append(None)
            continue
        best_equity = "US" if row["US"] >= row["INTL"] else "INTL"
        holdings.append(best_equity if row[best_equity] > row["TBILL"] else "BONDS")
    return pd.Series(holdings, index=prices.index)


def main():
    ap = argparse.ArgumentParser(description="Dual momentum")
    ap.add_argument("--months", type=int, default=240)
    ap.add_argument("--lookback", type=int, default=12)
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()

    prices = monthly_prices(args.months, args.seed)
    rets = prices.pct_change()
    hold = dual_momentum(prices, args.lookback)
    held_prev = hold.shift(1)
    port = pd.Series([rets.at[ts, h] if isinstance(h, str) else np.nan for ts, h in held_prev.items()], index=prices.index).dropna()

    counts = Counter(h for h in hold.dropna())
    spells = defaultdict(list)
    current, length = None, 0
    for h in hold.dropna():
        if h == current:
            length += 1
        else:
            if current is not None:
                spells[current].append(length)
            current, length = h, 1
    spells[current].append(length)
    avg_spell = {k: round(float(np.mean(v)), 2) for k, v in spells.items()}
    switches = sum(len(v) for v in spells.values()) - 1

    eq = (1 + port).cumprod()
    bench = (1 + rets["US"].loc[port.index]).cumprod()
    start = port.index[0].date()
    print(f"backtest {start} -> {port.index[-1].date()} ({(port.index[-1].date() - start) // timedelta(days=365)} yrs)")
    print(json.dumps({
        "cagr": round(float(eq.iloc[-1] ** (12 / len(port)) - 1), 4),
        "benchmark_cagr": round(float(bench.iloc[-1] ** (12 / len(port)) - 1), 4),
        "max_drawdown": round(float((eq / eq.cummax() - 1).min()), 4),
        "benchmark_max_drawdown": round(float((bench / bench.cummax() - 1).min()), 4),
        "months_held": dict(counts.most_common()),
        "avg_spell_months": avg_spell,
        "switches": switches,
        "current": hold.iloc[-1],
    }))


if __name__ == "__main__":
    main()
