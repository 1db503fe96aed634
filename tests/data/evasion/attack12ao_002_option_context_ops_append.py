# source: pandas 1.5.3 option_context.__enter__ iterates self.ops (public list attribute)
# family: pandas option_context .ops list grown with append/+= after the checked constructor
# goal: plotting.backend = run-time module name -> importlib.import_module of any module (`this` runs and prints)
import pandas as pd

m = "th" + "is"
ctx = pd.option_context("display.max_rows", 5)
ctx.ops += [("plotting." + "back" + "end", m)]
try:
    with ctx:
        pass
except Exception as e:
    print("after import:", e)
