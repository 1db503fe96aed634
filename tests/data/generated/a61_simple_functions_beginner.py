# generated: write a beginner-friendly python script that backtests buying when price drops 3 days in a row and selling after 5 days, with comments, print results as json
import argparse
import json
import random

# ---------------------------------------------------------------
# Step 1: make some fake prices (a random walk) so we do not need
# any data files.
# ---------------------------------------------------------------


def make_fake_prices(number_of_days, seed):
    random.seed(seed)
    prices = [100.0]
    for day in range(1, number_of_days):
        change_percent = random.gauss(0.03, 1.2)  # average +0.03% per day
        new_price = prices[-1] * (1 + change_percent / 100)
        prices.append(round(new_price, 2))
    return prices


# ---------------------------------------------------------------
# Step 2: the rule. Buy after 3 down days in a row, sell 5 days later.
# ---------------------------------------------------------------


def find_trades(prices, down_days, hold_days):
    trades = []
    day = down_days
    while day < len(prices) - hold_days:
        went_down = True
        for k in range(down_days):
            if prices[day - k] >= prices[day - k - 1]:
                went_down = False
                break
        if went_down:
            buy_price = prices[day]
            sell_price = prices[day + hold_days]
            trades.append({
                "buy_day": day,
                "sell_day": day + hold_days,
                "buy_price": buy_price,
                "sell_price": sell_price,
                "profit_percent": round((sell_price - buy_price) / buy_price * 100, 3),
            })
            day = day + hold_days  # we cannot buy again while holding
        day = day + 1
    return trades


# ---------------------------------------------------------------
# Step 3: summarise the trades.
# ---------------------------------------------------------------


def summarise(trades, prices):
    if not trades:
        return {"number_of_trades": 0}
    profits = [t["profit_percent"] for t in trades]
    winners = [p for p in profits if p > 0]
    money = 1000.0
    for p in profits:
        money = money * (1 + p / 100)
    buy_and_hold = (prices[-1] / prices[0] - 1) * 100
    return {
        "number_of_trades": len(trades),
        "winning_trades": len(winners),
        "win_rate_percent": round(len(winners) / len(trades) * 100, 1),
        "average_profit_percent": round(sum(profits) / len(profits), 3),
        "best_trade_percent": max(profits),
        "worst_trade_percent": min(profits),
        "1000_dollars_becomes": round(money, 2),
        "buy_and_hold_percent": round(buy_and_hold, 2),
    }


def main():
    parser = argparse.ArgumentParser(description="Buy after N down days, sell after M days")
    parser.add_argument("--days", type=int, default=1000, help="how many days of fake prices")
    parser.add_argument("--down", type=int, default=3, help="down days in a row before buying")
    parser.add_argument("--hold", type=int, default=5, help="days to hold")
    parser.add_argument("--seed", type=int, default=42, help="random seed")
    args = parser.parse_args()

    prices = make_fake_prices(args.days, args.seed)
    trades = find_trades(prices, args.down, args.hold)
    print("First few trades:")
    for t in trades[:3]:
        print("  bought at", t["buy_price"], "sold at", t["sell_price"], "profit", t["profit_percent"], "%")
    results = summarise(trades, prices)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
