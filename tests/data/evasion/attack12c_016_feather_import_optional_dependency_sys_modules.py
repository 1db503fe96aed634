# source: pandas import_optional_dependency via pandas.io.feather_format
# family: importer re-exported by an allowed module
# goal: sys module object and sys.modules['os'] (module reprs)
from pandas.io.feather_format import import_optional_dependency as need
s = need("s" + "ys")
print(s)
f = s.modules
print(f["o" + "s"])
