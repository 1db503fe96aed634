# generated: use enum.Flag to combine market condition filters (TRENDING, LOW_VOL, POSITIVE_BREADTH) and only trade when the required flags are set; synthetic multi-asset data; JSON output
import argparse
import json
import math
from enum import Flag, auto

import numpy as np
import pandas as pd


class Condition(Flag):
    NONE = 0
    TRENDING = auto()
    LOW_VOL = auto()
    POSITIVE_BREADTH = auto()
    ALL = TRENDING | LOW_VOL | POSITIVE_BREADTH

    def describe(self) -> str:
        if self is Condition.NONE:
            return "none"
        return "+".join(m.name.lower() for m in Condition if m in self and m not in (Condition.NONE, Condition.ALL) and m.name)


def parse_conditions(text: str) -> Condition:
    cond = Condition.NONE
    for part in text.split(","):
        part = part.strip().upper()
        if part:
            cond |= Condition[part]
    return cond


def market(n_assets, days, seed):
    rng = np.random.default_rng(seed)
    common = rng.normal(0.0003, 0.009, days)
    r = common[:, None] + rng.normal(0, 0.012, (days, n_assets))
    idx = pd.bdate_range("2013-01-01", periods=days)
    px = pd.DataFrame(100 * np.exp(np.cumsum(r, axis=0)), index=idx)
    index_level = px.mean(axis=1)
    return px, index_level


def conditions_frame(px: pd.DataFrame, index_level: pd.Series) -> pd.Series:
    trending = index_level > index_level.rolling(150).mean()
    vol = index_level.pct_change().rolling(20).std()
    low_vol = vol < vol.rolling(250).median()
    breadth = (px > px.rolling(50).mean()).mean(axis=1) > 0.5
    flags = []
    for t, l, b in zip(trending, low_vol, breadth):
        c = Condition.NONE
        if t:
            c |= Condition.TRENDING
        if l:
            c |= Condition.LOW_VOL
        if b:
            c |= Condition.POSITIVE_BREADTH
        flags.append(c)
    return pd.Series(flags, index=px.index)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--require", default="trending,positive_breadth")
    ap.add_argument("--assets", type=int, default=20)
    ap.add_argument("--days", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=81)
    a = ap.parse_args()

    required = parse_conditions(a.require)
    px, idx = market(a.assets, a.days, a.seed)
    flags = conditions_frame(px, idx)
    ok = flags.map(lambda f: (f & required) == required)
    pos = ok.astype(float).shift(1).fillna(0)
    r = pos * idx.pct_change().fillna(0)
    eq = (1 + r).cumprod()

    combo_counts = flags.map(lambda f: f.describe()).value_counts().to_dict()
    print(f"required: {required.describe()}; days qualifying: {ok.mean():.1%}")
    print(json.dumps({
        "required": required.describe(),
        "exposure": round(float(pos.mean()), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * math.sqrt(252)), 3),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "index_return": round(float(idx.iloc[-1] / idx.iloc[0] - 1), 4),
        "condition_days": {k: int(v) for k, v in combo_counts.items()},
    }))


if __name__ == "__main__":
    main()
