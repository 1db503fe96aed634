# source: pandas 1.5.3 pandas/_config/config.py option_context.__enter__ (sets every (pat, val) in self.ops); plotting.backend validator imports the named module (register_plotting_backend_cb -> _load_backend -> importlib.import_module)
# family: pandas option_context object's public .ops list mutated after the checked constructor (option-dict family: the check reads only the constructor's literal names)
# goal: set plotting.backend to a module name built at run time -> pandas imports and runs any module by name (here `this`, whose import prints the Zen)
import pandas as pd

m = "th" + "is"
k = "plotting." + "back" + "end"
ctx = pd.option_context("display.max_rows", 5)
ctx.ops[0] = (k, m)
try:
    with ctx:
        pass
except Exception as e:
    print("after import:", e)
