# Source: Python 3.11 documentation, "string — Format String Syntax", section "Format examples"
#         (https://docs.python.org/3/library/string.html#format-examples): a format string held
#         in a name and applied with str.format / str.format_map, as report code writes it.
# Adapted: a per-symbol performance table of a synthetic momentum book.
import json

import numpy as np
import pandas as pd

HEADER = "{:<6} {:>9} {:>8} {:>7}"
ROW = "{sym:<6} {ret:>+9.2%} {vol:>8.2%} {sharpe:>7.2f}"
TOTAL = "{:-^33}"
points = "{:,}"

rng = np.random.default_rng(7)
idx = pd.date_range("2021-01-01", periods=500, freq="B")
prices = pd.DataFrame(
    100 * np.exp(np.cumsum(rng.normal(0.0003, 0.012, (len(idx), 4)), axis=0)),
    index=idx, columns=["AAA", "BBB", "CCC", "DDD"])
rets = prices.pct_change().dropna()
signal = np.sign(prices.pct_change(60).shift(1)).reindex(rets.index).fillna(0.0)
book = signal * rets

lines = [HEADER.format("sym", "return", "vol", "sharpe")]
stats = {}
for sym in book.columns:
    r = book[sym]
    ann_ret = float(r.mean() * 252)
    ann_vol = float(r.std() * np.sqrt(252))
    stats[sym] = {"sym": sym, "ret": ann_ret, "vol": ann_vol,
                  "sharpe": ann_ret / ann_vol if ann_vol else 0.0}
    lines.append(ROW.format_map(stats[sym]))
lines.append(TOTAL.format(" book "))
print("\n".join(lines))
print("bars:", points.format(len(book)))
print(json.dumps({"symbols": len(stats),
                  "best": max(stats, key=lambda s: stats[s]["sharpe"]),
                  "book_sharpe": round(float(book.mean(axis=1).mean() / book.mean(axis=1).std()
                                             * np.sqrt(252)), 4)}))
