import json
from datetime import date, datetime, timedelta, timezone
from fractions import Fraction

import pandas as pd

start = date(2024, 1, 1)
days = pd.bdate_range(start, periods=30)
month_ends = days[days.is_month_end].strftime("%Y-%m-%d").tolist()
stamp = datetime(2024, 3, 1, tzinfo=timezone.utc) + timedelta(hours=9, minutes=30)
ratio = Fraction(3, 4) + Fraction(1, 8)
print(json.dumps({"month_ends": month_ends, "open": stamp.isoformat(), "ratio": str(ratio)}))
