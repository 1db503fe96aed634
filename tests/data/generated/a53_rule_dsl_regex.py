# generated: let the user pass trading rules as strings like "rsi14 < 30 and close > sma200" on the command line, parse them with regex into indicator comparisons (no eval), backtest, output JSON
import argparse
import json
import operator
import re
from dataclasses import dataclass
from typing import Callable, Dict, List

import numpy as np
import pandas as pd

OPS: Dict[str, Callable] = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
TERM_RE = re.compile(r"^(?P<name>[a-z]+)(?P<period>\d*)$")
COND_RE = re.compile(r"\s*(?P<lhs>[a-z]+\d*)\s*(?P<op><=|>=|<|>)\s*(?P<rhs>[a-z]+\d*|-?\d+(?:\.\d+)?)\s*")


def sma(c: pd.Series, n: int) -> pd.Series:
    return c.rolling(n).mean()


def ema(c: pd.Series, n: int) -> pd.Series:
    return c.ewm(span=n, adjust=False).mean()


def rsi(c: pd.Series, n: int) -> pd.Series:
    d = c.diff()
    up = d.clip(lower=0).ewm(alpha=1 / n, adjust=False).mean()
    dn = (-d.clip(upper=0)).ewm(alpha=1 / n, adjust=False).mean()
    return 100 - 100 / (1 + up / dn)


def roc(c: pd.Series, n: int) -> pd.Series:
    return c.pct_change(n) * 100


INDICATORS = {"sma": sma, "ema": ema, "rsi": rsi, "roc": roc}


@dataclass
class Condition:
    lhs: str
    op: str
    rhs: str

    def evaluate(self, df: pd.DataFrame) -> pd.Series:
        return OPS[self.op](resolve(self.lhs, df), resolve(self.rhs, df))


def resolve(term: str, df: pd.DataFrame):
    if re.fullmatch(r"-?\d+(?:\.\d+)?", term):
        return float(term)
    if term in df.columns:
        return df[term]
    m = TERM_RE.match(term)
    if not m or m["name"] not in INDICATORS or not m["period"]:
        raise ValueError(f"unknown term: {term}")
    return INDICATORS[m["name"]](df["close"], int(m["period"]))


def parse_rule(text: str) -> List[Condition]:
    conds = []
    for part in re.split(r"\band\b", text.lower()):
        m = COND_RE.fullmatch(part)
        if m is None:
            raise ValueError(f"cannot parse condition: {part!r}")
        conds.append(Condition(m["lhs"], m["op"], m["rhs"]))
    return conds


def main():
    ap = argparse.ArgumentParser(description="rule-string backtester")
    ap.add_argument("--entry", default="rsi14 < 35 and close > sma200")
    ap.add_argument("--exit", default="rsi14 > 60")
    ap.add_argument("--bars", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=72)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = 100 * np.exp(np.cumsum(rng.normal(0.0003, 0.013, args.bars)))
    df = pd.DataFrame({"close": close}, index=pd.bdate_range("2010-01-01", periods=args.bars))
    entry = parse_rule(args.entry)
    exit_ = parse_rule(args.exit)
    entry_mask = np.logical_and.reduce([c.evaluate(df).fillna(False).values for c in entry])
    exit_mask = np.logical_and.reduce([c.evaluate(df).fillna(False).values for c in exit_])

    pos = np.zeros(len(df))
    for i in range(1, len(df)):
        pos[i] = 1 if entry_mask[i] else (0 if exit_mask[i] else pos[i - 1])
    r = pd.Series(pos, index=df.index).shift(1).fillna(0) * df["close"].pct_change().fillna(0)
    eq = (1 + r).cumprod()
    print("entry:", " AND ".join(f"{c.lhs} {c.op} {c.rhs}" for c in entry))
    print("exit: ", " AND ".join(f"{c.lhs} {c.op} {c.rhs}" for c in exit_))
    print(json.dumps({
        "entry_rule": args.entry,
        "exit_rule": args.exit,
        "entries": int(((pos[1:] == 1) & (pos[:-1] == 0)).sum()),
        "exposure": round(float(pos.mean()), 3),
        "total_return": round(float(eq.iloc[-1] - 1), 4),
        "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3) if r.std() > 0 else 0.0,
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
    }))


if __name__ == "__main__":
    main()
