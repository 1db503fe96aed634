# source: pandas/_libs/tslibs/timezones.pyx maybe_get_tz ("dateutil/" prefix -> dateutil.tz.gettz(zone)) and
#         dateutil/tz/tz.py __get_gettz.nocache ("if os.path.isabs(name): if os.path.isfile(name): tzc = tz.tzfile(name)")
# family: time-zone lookup that opens files: a tz string built at run time ("dateutil/" + absolute path) given to
#         pd.Timestamp / tz_localize / DatetimeTZDtype / read_json(orient="table") schema "tz" (can also come from data)
# goal: open() and read (TZif magic) any absolute path; oracle for existence / permission / TZif content (WEAK: no
#       contents beyond the 4-byte magic check)
import pandas as pd

sl = chr(47)
for leaf in ["passwd", "shadow", "nonexistent", "localtime"]:
    tz = "dateutil" + sl + sl + "etc" + sl + leaf
    try:
        ts = pd.Timestamp("2024-01-02", tz=tz)
        print(leaf, "->", repr(ts.tz))
    except Exception as e:
        print(leaf, "->", type(e).__name__, e)
