# generated: type-annotated strategy framework using typing.Protocol, TypedDict and generics, with a signal combiner, print JSON metrics
from __future__ import annotations

import argparse
import json
from typing import Callable, Generic, Iterable, List, Protocol, Sequence, TypedDict, TypeVar

import numpy as np
import pandas as pd

T = TypeVar("T")


class Metrics(TypedDict):
    name: str
    total_return: float
    sharpe: float
    max_drawdown: float
    turnover: float


class SignalModel(Protocol):
    name: str

    def signal(self, close: pd.Series) -> pd.Series: ...


class Momentum:
    def __init__(self, lookback: int = 120) -> None:
        self.lookback = lookback
        self.name = f"mom{lookback}"

    def signal(self, close: pd.Series) -> pd.Series:
        return np.tanh(close.pct_change(self.lookback) * 5).fillna(0)


class Carry:
    """Proxy: sign of slow drift as a stand-in for carry."""

    def __init__(self, span: int = 250) -> None:
        self.span = span
        self.name = f"drift{span}"

    def signal(self, close: pd.Series) -> pd.Series:
        d = np.log(close).diff().ewm(span=self.span).mean()
        return (d / d.abs().rolling(self.span, min_periods=20).max()).fillna(0)


class ShortTermReversal:
    def __init__(self, lookback: int = 5) -> None:
        self.lookback = lookback
        self.name = f"rev{lookback}"

    def signal(self, close: pd.Series) -> pd.Series:
        z = close.pct_change(self.lookback)
        return -(z / z.rolling(60).std()).clip(-2, 2).fillna(0) / 2


class Combiner(Generic[T]):
    def __init__(self, models: Sequence[SignalModel], weights: Sequence[float] | None = None) -> None:
        self.models = list(models)
        self.weights = list(weights) if weights else [1 / len(models)] * len(models)
        self.name = "+".join(m.name for m in self.models)

    def signal(self, close: pd.Series) -> pd.Series:
        parts = [w * m.signal(close) for m, w in zip(self.models, self.weights)]
        return sum(parts[1:], parts[0]).clip(-1, 1)


def evaluate(model: SignalModel, close: pd.Series, cost_bps: float) -> Metrics:
    pos = model.signal(close).shift(1).fillna(0)
    turnover = pos.diff().abs().fillna(0)
    r = pos * close.pct_change().fillna(0) - turnover * cost_bps / 1e4
    eq = (1 + r).cumprod()
    return Metrics(
        name=model.name,
        total_return=round(float(eq.iloc[-1] - 1), 4),
        sharpe=round(float(r.mean() / r.std() * np.sqrt(252)) if r.std() else 0.0, 3),
        max_drawdown=round(float((eq / eq.cummax() - 1).min()), 4),
        turnover=round(float(turnover.mean() * 252), 2),
    )


def best_by(items: Iterable[Metrics], key: Callable[[Metrics], float]) -> Metrics:
    return max(items, key=key)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=3000)
    ap.add_argument("--cost-bps", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=64)
    args = ap.parse_args()

    rng = np.random.default_rng(args.seed)
    close = pd.Series(100 * np.exp(np.cumsum(rng.normal(0.00025, 0.012, args.days))),
                      index=pd.bdate_range("2009-01-01", periods=args.days))
    singles: List[SignalModel] = [Momentum(120), Momentum(20), Carry(250), ShortTermReversal(5)]
    combos: List[SignalModel] = [Combiner(singles), Combiner([singles[0], singles[3]], [0.7, 0.3])]
    results: List[Metrics] = [evaluate(m, close, args.cost_bps) for m in singles + combos]
    for m in results:
        print(f"{m['name']:<30} sharpe={m['sharpe']:+.2f} turnover={m['turnover']:.1f}x")
    print(json.dumps({"results": results, "best": best_by(results, lambda m: m["sharpe"])["name"]}))


if __name__ == "__main__":
    main()
