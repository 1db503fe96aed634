# source: pandas 1.5.3 option_context.__exit__ (restores every (pat, val) in self.undo, a public list built by __enter__)
# family: pandas option_context .undo list mutated inside the with-block (same family as .ops, other attribute)
# goal: plotting.backend = run-time module name on exit -> importlib.import_module of any module (`this`)
import pandas as pd

m = "th" + "is"
ctx = pd.option_context("display.max_rows", 5)
try:
    with ctx:
        ctx.undo.append(("plotting." + "back" + "end", m))
except Exception as e:
    print("after import:", e)
