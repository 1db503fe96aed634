# source: pandas 1.5.3 pandas/core/reshape/pivot.py __internal_pivot_table (grouped.agg(aggfunc)) and pandas/core/apply.py Apply.apply_str/_try_aggregate_string_function (getattr(obj, name)() on a string); sandexec README, "The static check", string-dispatch rule
# family: pandas string dispatch with a run-time name passed BY POSITION to pivot_table/crosstab aggfunc (keyword form is refused)
# goal: calls a dunder chosen at run time through the bound method kept in a name
import pandas as pd

df = pd.DataFrame({"a": [1.0, 2.0, 3.0], "g": ["x", "y", "x"], "h": ["p", "p", "q"]})
u = chr(95) * 2
name = u + "class" + u   # "__class__" built at run time: getattr(groupby, name)() runs GroupBy.__init__
f = df.pivot_table
try:
    print(f("a", "g", None, name))
except Exception as e:
    print("ran by run-time name:", type(e).__name__, e)
