# generated: tiny rule language parsed with regex so users can write "BUY when rsi14 < 30; SELL when rsi14 > 60" and backtest it; JSON output
import argparse
import json
import operator
import re
from dataclasses import dataclass
from typing import Callable, Dict, List

import numpy as np
import pandas as pd

RULE_RE = re.compile(
    r"^\s*(?P<action>BUY|SELL)\s+when\s+(?P<ind>[a-z]+)(?P<n>\d+)\s*(?P<op><=|>=|<|>)\s*(?P<val>-?\d+(?:\.\d+)?)\s*$",
    re.IGNORECASE,
)
OPS: Dict[str, Callable[[pd.Series, float], pd.Series]] = {
    "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge,
}


def rsi(c: pd.Series, n: int) -> pd.Series:
    d = c.diff()
    up = d.clip(lower=0).ewm(alpha=1 / n, adjust=False).mean()
    dn = (-d.clip(upper=0)).ewm(alpha=1 / n, adjust=False).mean()
    return 100 - 100 / (1 + up / dn)


def roc(c: pd.Series, n: int) -> pd.Series:
    return 100 * c.pct_change(n)


def zscore(c: pd.Series, n: int) -> pd.Series:
    return (c - c.rolling(n).mean()) / c.rolling(n).std()


INDICATORS = {"rsi": rsi, "roc": roc, "z": zscore}


@dataclass
class Rule:
    action: str
    indicator: str
    period: int
    op: str
    value: float

    @classmethod
    def parse(cls, text: str) -> "Rule":
        m = RULE_RE.match(text)
        if not m:
            raise ValueError(f"cannot parse rule: {text!r}")
        ind = m["ind"].lower()
        if ind not in INDICATORS:
            raise ValueError(f"unknown indicator {ind}")
        return cls(m["action"].upper(), ind, int(m["n"]), m["op"], float(m["val"]))

    def evaluate(self, close: pd.Series) -> pd.Series:
        values = INDICATORS[self.indicator](close, self.period)
        return OPS[self.op](values, self.value)

    def __str__(self):
        return f"{self.action} when {self.indicator}{self.period} {self.op} {self.value:g}"


def parse_rules(text: str) -> List[Rule]:
    return [Rule.parse(part) for part in re.split(r"[;\n]+", text) if part.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", default="BUY when rsi14 < 30; SELL when rsi14 > 60; SELL when z20 >= 2")
    ap.add_argument("--bars", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=61)
    a = ap.parse_args()
    rules = parse_rules(a.rules)
    rng = np.random.default_rng(a.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.0002, 0.012, a.bars))))
    buy = pd.concat([r.evaluate(close) for r in rules if r.action == "BUY"], axis=1).any(axis=1)
    sell = pd.concat([r.evaluate(close) for r in rules if r.action == "SELL"], axis=1).any(axis=1)
    state = pd.Series(np.nan, index=close.index)
    state[sell] = 0.0
    state[buy] = 1.0
    pos = state.ffill().fillna(0.0)
    strat = pos.shift().fillna(0) * close.pct_change().fillna(0)
    eq = (1 + strat).cumprod()
    for r in rules:
        print("rule:", r)
    print(json.dumps({
        "rules": [str(r) for r in rules],
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(strat.mean() / strat.std() * np.sqrt(252)), 3),
        "buy_signals": int(buy.sum()),
        "sell_signals": int(sell.sum()),
        "exposure": round(float(pos.mean()), 3),
    }))


if __name__ == "__main__":
    main()
