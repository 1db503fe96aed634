# generated: calendar-based strategy: buy at the turn of the month and sell a few days later, use datetime to build the schedule; compare to buy and hold, print JSON
import argparse
import json
from datetime import date, datetime, timedelta
from typing import List, Set

import numpy as np
import pandas as pd


def trading_days(start: date, end: date, holidays: Set[date]) -> List[date]:
    days = []
    d = start
    while d <= end:
        if d.weekday() < 5 and d not in holidays:
            days.append(d)
        d += timedelta(days=1)
    return days


def us_style_holidays(years: range) -> Set[date]:
    hol = set()
    for y in years:
        hol.add(date(y, 1, 1))
        hol.add(date(y, 7, 4))
        hol.add(date(y, 12, 25))
        # Thanksgiving: 4th Thursday of November
        first = date(y, 11, 1)
        offset = (3 - first.weekday()) % 7
        hol.add(first + timedelta(days=offset + 21))
    return hol


def turn_of_month_flags(days: List[date], before: int, after: int) -> np.ndarray:
    flags = np.zeros(len(days), dtype=bool)
    month_starts = [i for i in range(1, len(days)) if days[i].month != days[i - 1].month]
    for i in month_starts:
        lo, hi = max(0, i - before), min(len(days), i + after)
        flags[lo:hi] = True
    return flags


def main():
    ap = argparse.ArgumentParser(description="turn of the month effect")
    ap.add_argument("--start", type=lambda s: datetime.strptime(s, "%Y-%m-%d").date(), default=date(2010, 1, 1))
    ap.add_argument("--end", type=lambda s: datetime.strptime(s, "%Y-%m-%d").date(), default=date(2022, 12, 31))
    ap.add_argument("--before", type=int, default=1)
    ap.add_argument("--after", type=int, default=3)
    ap.add_argument("--seed", type=int, default=101)
    args = ap.parse_args()

    hol = us_style_holidays(range(args.start.year, args.end.year + 1))
    days = trading_days(args.start, args.end, hol)
    flags = turn_of_month_flags(days, args.before, args.after)
    rng = np.random.default_rng(args.seed)
    rets = rng.normal(0.0002, 0.011, len(days)) + flags * 0.0006  # embed a small effect
    s = pd.Series(rets, index=pd.DatetimeIndex(days))
    strat = s.where(flags, 0.0)

    def summary(r: pd.Series) -> dict:
        eq = (1 + r).cumprod()
        return {
            "total_return": round(float(eq.iloc[-1] - 1), 4),
            "sharpe": round(float(r.mean() / r.std() * np.sqrt(252)), 3),
            "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        }

    by_dow = s.groupby(s.index.dayofweek).mean() * 1e4
    print(f"{len(days)} trading days from {days[0]:%d %b %Y} to {days[-1]:%d %b %Y}; {len(hol)} holidays skipped")
    print(json.dumps({
        "turn_of_month": summary(strat),
        "buy_and_hold": summary(s),
        "days_invested_pct": round(float(flags.mean()), 3),
        "avg_bps_in_window": round(float(s[flags].mean() * 1e4), 2),
        "avg_bps_outside": round(float(s[~flags].mean() * 1e4), 2),
        "avg_bps_by_weekday": {["Mon", "Tue", "Wed", "Thu", "Fri"][k]: round(float(v), 2) for k, v in by_dow.items()},
        "generated_at": datetime(2024, 1, 1).isoformat(),
    }))


if __name__ == "__main__":
    main()
