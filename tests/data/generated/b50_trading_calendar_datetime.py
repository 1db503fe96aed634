# generated: pre-holiday and options-expiry week effect strategy: build a trading calendar with datetime (US holidays, third Fridays), trade on those days, json output
import argparse
import json
import random
from datetime import date, timedelta
from statistics import fmean, pstdev


def nth_weekday(year, month, weekday, n):
    d = date(year, month, 1)
    d += timedelta(days=(weekday - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def last_weekday(year, month, weekday):
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return d - timedelta(days=(d.weekday() - weekday) % 7)


def observed(d):
    if d.weekday() == 5:
        return d - timedelta(days=1)
    if d.weekday() == 6:
        return d + timedelta(days=1)
    return d


def us_holidays(year):
    return {
        observed(date(year, 1, 1)),
        nth_weekday(year, 1, 0, 3),     # MLK
        nth_weekday(year, 2, 0, 3),     # Presidents
        last_weekday(year, 5, 0),       # Memorial
        observed(date(year, 7, 4)),
        nth_weekday(year, 9, 0, 1),     # Labor
        nth_weekday(year, 11, 3, 4),    # Thanksgiving
        observed(date(year, 12, 25)),
    }


def trading_days(start, end):
    hols = set().union(*(us_holidays(y) for y in range(start.year, end.year + 1)))
    d = start
    while d <= end:
        if d.weekday() < 5 and d not in hols:
            yield d
        d += timedelta(days=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", type=date.fromisoformat, default=date(2005, 1, 3))
    ap.add_argument("--end", type=date.fromisoformat, default=date(2022, 12, 30))
    ap.add_argument("--mode", choices=["preholiday", "opex", "both"], default="both")
    ap.add_argument("--seed", type=int, default=2121)
    args = ap.parse_args()

    days = list(trading_days(args.start, args.end))
    hols = set().union(*(us_holidays(y) for y in range(args.start.year, args.end.year + 1)))
    opex = {nth_weekday(y, m, 4, 3) for y in range(args.start.year, args.end.year + 1) for m in range(1, 13)}
    rnd = random.Random(args.seed)

    rets = {}
    for i, d in enumerate(days):
        nxt = days[i + 1] if i + 1 < len(days) else d + timedelta(days=1)
        pre_hol = any(d < h < nxt for h in hols)
        opex_week = any(0 <= (o - d).days <= 4 for o in opex)
        bump = 0.0015 * pre_hol + 0.0004 * opex_week
        rets[d] = (rnd.gauss(0.0002 + bump, 0.011), pre_hol, opex_week)

    match args.mode:
        case "preholiday":
            active = [r for r, ph, ox in rets.values() if ph]
        case "opex":
            active = [r for r, ph, ox in rets.values() if ox]
        case _:
            active = [r for r, ph, ox in rets.values() if ph or ox]
    allr = [r for r, _, _ in rets.values()]
    eq = 1.0
    for r in active:
        eq *= 1 + r
    print(f"{len(days)} trading days, {len(hols)} holidays, {len(active)} active days ({args.mode})")
    print(json.dumps({
        "mode": args.mode,
        "active_days": len(active),
        "mean_active_bps": round(fmean(active) * 1e4, 2),
        "mean_all_bps": round(fmean(allr) * 1e4, 2),
        "active_sharpe": round(fmean(active) / pstdev(active) * (len(active) / len(days) * 252) ** 0.5, 3),
        "final_equity": round(eq, 4),
        "first_day": days[0].isoformat(),
        "last_day": days[-1].isoformat(),
    }))


if __name__ == "__main__":
    main()
