# generated: simple beginner-friendly script: buy when price drops 3 days in a row, sell after 5 days, print results as json
import argparse
import json
import random

parser = argparse.ArgumentParser(description="Buy after three down days, hold five days")
parser.add_argument("--days", type=int, default=1500, help="number of days to simulate")
parser.add_argument("--hold", type=int, default=5, help="days to hold each trade")
parser.add_argument("--seed", type=int, default=1, help="random seed")
args = parser.parse_args()

random.seed(args.seed)

# make up some prices
prices = [100.0]
for i in range(args.days - 1):
    change = random.gauss(0.0003, 0.012)
    prices.append(prices[-1] * (1 + change))

# find trades
trades = []
i = 3
while i < len(prices) - args.hold:
    down1 = prices[i] < prices[i - 1]
    down2 = prices[i - 1] < prices[i - 2]
    down3 = prices[i - 2] < prices[i - 3]
    if down1 and down2 and down3:
        buy_price = prices[i]
        sell_price = prices[i + args.hold]
        profit = (sell_price - buy_price) / buy_price
        trades.append(profit)
        i = i + args.hold
    else:
        i = i + 1

# work out statistics
wins = 0
losses = 0
total = 1.0
for t in trades:
    if t > 0:
        wins = wins + 1
    else:
        losses = losses + 1
    total = total * (1 + t)

if len(trades) > 0:
    average = sum(trades) / len(trades)
    win_rate = wins / len(trades)
else:
    average = 0
    win_rate = 0

buy_and_hold = prices[-1] / prices[0] - 1

print("Number of trades:", len(trades))
print("Wins:", wins, "Losses:", losses)
print("Average trade: " + str(round(average * 100, 3)) + "%")
print("Strategy return: %.2f%%" % ((total - 1) * 100))
print("Buy and hold return: %.2f%%" % (buy_and_hold * 100))

results = {
    "trades": len(trades),
    "wins": wins,
    "losses": losses,
    "win_rate": round(win_rate, 3),
    "average_trade": round(average, 5),
    "strategy_return": round(total - 1, 4),
    "buy_and_hold_return": round(buy_and_hold, 4),
}
print(json.dumps(results))
