# generated: 60/40 portfolio with volatility targeting and tolerance-band rebalancing, track turnover and costs, output json
import argparse
import json
from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class Account:
    weights_target: dict
    band: float
    cost_bps: float
    holdings: dict = field(default_factory=dict)
    turnover: float = 0.0
    costs: float = 0.0
    rebalances: int = 0

    @property
    def value(self) -> float:
        return sum(self.holdings.values())

    def current_weights(self) -> dict:
        v = self.value
        return {k: h / v for k, h in self.holdings.items()}

    def needs_rebalance(self, targets: dict) -> bool:
        w = self.current_weights()
        return any(abs(w[k] - targets[k]) > self.band for k in targets)

    def rebalance(self, targets: dict) -> None:
        v = self.value
        traded = sum(abs(targets[k] * v - self.holdings.get(k, 0.0)) for k in targets)
        cost = traded * self.cost_bps / 1e4
        v -= cost
        self.holdings = {k: targets[k] * v for k in targets}
        self.turnover += traded
        self.costs += cost
        self.rebalances += 1

    def grow(self, rets: dict) -> None:
        for k in self.holdings:
            self.holdings[k] *= 1 + rets[k]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--equity-weight", type=float, default=0.6)
    ap.add_argument("--band", type=float, default=0.05)
    ap.add_argument("--vol-target", type=float, default=0.08)
    ap.add_argument("--cost-bps", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=60)
    a = ap.parse_args()

    rng = np.random.default_rng(a.seed)
    n = 2520
    cov = np.array([[0.16 ** 2, -0.3 * 0.16 * 0.06], [-0.3 * 0.16 * 0.06, 0.06 ** 2]]) / 252
    r = rng.multivariate_normal([0.07 / 252, 0.03 / 252], cov, n)
    rets = pd.DataFrame(r, columns=["EQ", "BD"], index=pd.bdate_range("2010-01-01", periods=n))
    rets["CASH"] = 0.01 / 252

    base = {"EQ": a.equity_weight, "BD": 1 - a.equity_weight}
    port_vol = (rets[["EQ", "BD"]] @ pd.Series(base)).rolling(63).std() * np.sqrt(252)

    acct = Account({**base, "CASH": 0.0}, a.band, a.cost_bps, holdings={"EQ": 0.6e6, "BD": 0.4e6, "CASH": 0.0})
    values = []
    for day, row in rets.iterrows():
        acct.grow(row.to_dict())
        pv = port_vol.loc[day]
        scale = 1.0 if np.isnan(pv) else min(a.vol_target / pv, 1.0)
        targets = {"EQ": base["EQ"] * scale, "BD": base["BD"] * scale, "CASH": 1 - scale}
        if acct.needs_rebalance(targets):
            acct.rebalance(targets)
        values.append(acct.value)

    eq = pd.Series(values, index=rets.index)
    dr = eq.pct_change().dropna()
    years = n / 252
    print(f"rebalances: {acct.rebalances}, avg per year {acct.rebalances / years:.1f}, final weights " +
          ", ".join(f"{k}={v:.2f}" for k, v in acct.current_weights().items()))
    print(json.dumps({
        "final_value": round(acct.value, 2),
        "cagr": round(float((eq.iloc[-1] / 1e6) ** (1 / years) - 1), 4),
        "realised_vol": round(float(dr.std() * np.sqrt(252)), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "rebalances": acct.rebalances,
        "annual_turnover_pct": round(acct.turnover / 1e6 / years * 100, 2),
        "total_costs": round(acct.costs, 2),
    }))


if __name__ == "__main__":
    main()
