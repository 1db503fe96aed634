# generated: a turn-of-the-month seasonality strategy with a small TradingCalendar helper class built on datetime (holidays, business-day offsets), print stats in JSON
import argparse
import json
import math
from datetime import date, datetime, timedelta
from typing import Iterator, List, Set

import numpy as np
import pandas as pd


class TradingDay:
    """A thin wrapper around datetime.date that knows its position in a calendar."""

    __slots__ = ("d", "index")

    def __init__(self, d: date, index: int):
        self.d = d
        self.index = index

    def __repr__(self):
        return f"TradingDay({self.d.isoformat()}, #{self.index})"

    def __str__(self):
        return self.d.strftime("%a %d %b %Y")

    def __eq__(self, other):
        if isinstance(other, TradingDay):
            return self.d == other.d
        if isinstance(other, date):
            return self.d == other
        return NotImplemented

    def __lt__(self, other):
        return self.d < (other.d if isinstance(other, TradingDay) else other)

    def __hash__(self):
        return hash(self.d)

    @property
    def month_key(self):
        return (self.d.year, self.d.month)


class TradingCalendar:
    FIXED_HOLIDAYS = ((1, 1), (7, 4), (12, 25))

    def __init__(self, start: date, end: date):
        self.start, self.end = start, end
        self._holidays = self._build_holidays()
        self._days: List[TradingDay] = [TradingDay(d, i) for i, d in enumerate(self._iter_sessions())]

    def _build_holidays(self) -> Set[date]:
        out = set()
        for year in range(self.start.year, self.end.year + 1):
            for m, dd in self.FIXED_HOLIDAYS:
                h = date(year, m, dd)
                if h.weekday() == 5:
                    h -= timedelta(days=1)
                elif h.weekday() == 6:
                    h += timedelta(days=1)
                out.add(h)
        return out

    def _iter_sessions(self) -> Iterator[date]:
        d = self.start
        while d <= self.end:
            if d.weekday() < 5 and d not in self._holidays:
                yield d
            d += timedelta(days=1)

    def __len__(self):
        return len(self._days)

    def __iter__(self):
        return iter(self._days)

    def __getitem__(self, i):
        return self._days[i]

    def is_session(self, d: date) -> bool:
        return d.weekday() < 5 and d not in self._holidays

    def offset(self, day: TradingDay, n: int) -> TradingDay:
        return self._days[min(max(day.index + n, 0), len(self._days) - 1)]

    def month_ends(self) -> List[TradingDay]:
        ends = []
        for a, b in zip(self._days, self._days[1:]):
            if a.month_key != b.month_key:
                ends.append(a)
        return ends


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--start", type=lambda s: datetime.strptime(s, "%Y-%m-%d").date(), default=date(2010, 1, 1))
    ap.add_argument("--end", type=lambda s: datetime.strptime(s, "%Y-%m-%d").date(), default=date(2020, 12, 31))
    ap.add_argument("--before", type=int, default=1, help="sessions before month end to enter")
    ap.add_argument("--after", type=int, default=3, help="sessions after month end to exit")
    ap.add_argument("--seed", type=int, default=12)
    a = ap.parse_args()

    cal = TradingCalendar(a.start, a.end)
    rng = np.random.default_rng(a.seed)
    rets = rng.normal(0.0002, 0.01, len(cal))
    # plant a small turn-of-month effect in the synthetic data
    ends = cal.month_ends()
    for e in ends:
        for k in range(0, 4):
            rets[cal.offset(e, k).index] += 0.0008
    series = pd.Series(rets, index=pd.DatetimeIndex([d.d for d in cal]))

    in_market = np.zeros(len(cal), dtype=bool)
    for e in ends:
        entry = cal.offset(e, -a.before + 1)
        exit_ = cal.offset(e, a.after)
        in_market[entry.index:exit_.index + 1] = True
    strat = series.where(in_market, 0.0)

    eq = (1 + strat).cumprod()
    print(f"{len(cal)} sessions, {len(ends)} month ends, first month end {ends[0]}")
    print(json.dumps({
        "sessions": len(cal),
        "exposure": round(float(in_market.mean()), 3),
        "strategy_ann": round(float(strat.mean() * 252), 4),
        "strategy_sharpe": round(float(strat.mean() / strat.std() * math.sqrt(252)), 3),
        "buyhold_ann": round(float(series.mean() * 252), 4),
        "max_dd": round(float((eq / eq.cummax() - 1).min()), 4),
        "christmas_2019_is_session": cal.is_session(date(2019, 12, 25)),
        "first_day": repr(cal[0]),
    }))


if __name__ == "__main__":
    main()
