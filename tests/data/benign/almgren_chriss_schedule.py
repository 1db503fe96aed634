# Source: R. Almgren and N. Chriss, "Optimal execution of portfolio transactions",
#         Journal of Risk 3 (2000): x_j = sinh(kappa (T - t_j)) / sinh(kappa T) * X.
# Adapted: argparse front end with defaults (parsed from an empty list), expected cost
#          and variance of the trajectory, compared with TWAP.
import argparse
import json
import math


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description="Almgren-Chriss optimal liquidation")
    p.add_argument("--shares", type=float, default=1_000_000)
    p.add_argument("--periods", type=int, default=20)
    p.add_argument("--horizon", type=float, default=5.0, help="days")
    p.add_argument("--sigma", type=float, default=0.95, help="$/share/day^0.5")
    p.add_argument("--eta", type=float, default=2.5e-6)
    p.add_argument("--gamma", type=float, default=2.5e-7)
    p.add_argument("--risk-aversion", type=float, default=1e-6)
    return p


def trajectory(args):
    tau = args.horizon / args.periods
    eta_tilde = args.eta - 0.5 * args.gamma * tau
    kappa_tilde2 = args.risk_aversion * args.sigma ** 2 / eta_tilde
    kappa = math.acosh(0.5 * kappa_tilde2 * tau ** 2 + 1) / tau
    holdings = [args.shares * math.sinh(kappa * (args.horizon - j * tau)) / math.sinh(kappa * args.horizon)
                for j in range(args.periods + 1)]
    return holdings, tau, eta_tilde


def cost_and_variance(holdings, tau, eta_tilde, args):
    trades = [a - b for a, b in zip(holdings, holdings[1:])]
    cost = 0.5 * args.gamma * args.shares ** 2 + eta_tilde / tau * sum(n * n for n in trades)
    variance = args.sigma ** 2 * tau * sum(x * x for x in holdings[1:])
    return cost, variance


if __name__ == "__main__":
    args = build_parser().parse_args([])
    holdings, tau, eta_tilde = trajectory(args)
    cost, var = cost_and_variance(holdings, tau, eta_tilde, args)
    twap = [args.shares * (1 - j / args.periods) for j in range(args.periods + 1)]
    twap_cost, twap_var = cost_and_variance(twap, tau, eta_tilde, args)
    print(json.dumps({"first_trade": round(holdings[0] - holdings[1], 1),
                      "expected_cost": round(cost, 2), "std": round(math.sqrt(var), 2),
                      "twap_cost": round(twap_cost, 2), "twap_std": round(math.sqrt(twap_var), 2)}))
