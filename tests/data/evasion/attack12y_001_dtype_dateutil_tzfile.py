# source: pandas DatetimeTZDtype.construct_from_string -> timezones.maybe_get_tz("dateutil/...") -> dateutil.tz.gettz(abs path) (pandas/_libs/tslibs/timezones.pyx, dateutil tz.gettz docs)
# family: time-zone location hidden inside a dtype string ("datetime64[ns, dateutil/<abs path>]")
# goal: opens/reads files outside /data: parses the TZif file etc-localtime, opens+reads etc-passwd (magic check), existence oracle for any path
import datetime
import pandas as pd

d = pd.api.types.pandas_dtype("datetime64[ns, dateutil//etc/localtime]")
print("parsed:", d.tz, d.tz.tzname(datetime.datetime(2020, 1, 1)), d.tz.utcoffset(datetime.datetime(2020, 1, 1)))
s = pd.Series(pd.to_datetime(["2020-01-01"]).tz_localize("UTC")).astype("datetime64[ns, dateutil//etc/localtime]")
print(s)
for spec in ("datetime64[ns, dateutil//etc/passwd]", "datetime64[ns, dateutil//etc/nonexistent]", "datetime64[ns, dateutil//etc/shadow]"):
    try:
        pd.DatetimeTZDtype.construct_from_string(spec)
    except Exception as e:
        print(spec, "->", type(e).__name__, e)
