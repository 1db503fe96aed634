# generated: MACD strategy using dataclasses for config and results, json output, seeded synthetic data
from __future__ import annotations

import argparse
import json
from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class MACDConfig:
    fast: int = 12
    slow: int = 26
    signal: int = 9
    fee: float = 0.0005

    def __post_init__(self) -> None:
        if self.fast >= self.slow:
            raise ValueError("fast must be < slow")


@dataclass
class BacktestResult:
    total_return: float = 0.0
    annual_return: float = 0.0
    sharpe: float = 0.0
    max_drawdown: float = 0.0
    trades: int = 0
    exposure: float = 0.0
    notes: list[str] = field(default_factory=list)

    def rounded(self, digits: int = 4) -> dict:
        d = asdict(self)
        return {k: round(v, digits) if isinstance(v, float) else v for k, v in d.items()}


def macd(close: pd.Series, cfg: MACDConfig) -> pd.DataFrame:
    ema_fast = close.ewm(span=cfg.fast, adjust=False).mean()
    ema_slow = close.ewm(span=cfg.slow, adjust=False).mean()
    line = ema_fast - ema_slow
    sig = line.ewm(span=cfg.signal, adjust=False).mean()
    return pd.DataFrame({"macd": line, "signal": sig, "hist": line - sig})


def run_backtest(close: pd.Series, cfg: MACDConfig) -> BacktestResult:
    ind = macd(close, cfg)
    position = (ind["hist"] > 0).astype(float)
    position.iloc[: cfg.slow] = 0.0
    rets = close.pct_change().fillna(0.0)
    trades = position.diff().abs().fillna(0.0)
    strat = position.shift(1).fillna(0.0) * rets - trades * cfg.fee
    equity = (1 + strat).cumprod()
    n_years = len(close) / 252
    res = BacktestResult(
        total_return=float(equity.iloc[-1] - 1),
        annual_return=float(equity.iloc[-1] ** (1 / n_years) - 1),
        sharpe=float(strat.mean() / strat.std() * np.sqrt(252)),
        max_drawdown=float((equity / equity.cummax() - 1).min()),
        trades=int(trades.sum()),
        exposure=float(position.mean()),
    )
    if res.trades > len(close) / 5:
        res.notes.append("high turnover")
    return res


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="MACD histogram strategy")
    parser.add_argument("--fast", type=int, default=12)
    parser.add_argument("--slow", type=int, default=26)
    parser.add_argument("--signal", type=int, default=9)
    parser.add_argument("--days", type=int, default=1260)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)

    cfg = MACDConfig(args.fast, args.slow, args.signal)
    rng = np.random.default_rng(args.seed)
    close = pd.Series(
        100 * np.cumprod(1 + rng.normal(0.0004, 0.011, args.days)),
        index=pd.bdate_range("2020-01-01", periods=args.days),
    )
    print(f"config: {cfg}")
    result = run_backtest(close, cfg)
    payload = {"config": asdict(cfg), "result": result.rounded()}
    print(json.dumps(payload))


if __name__ == "__main__":
    main()
