# source: PEP 634 mapping rest capture nested in a mapping pattern; pandas DataFrame.plot -> _get_plot_backend
# family: binding form not followed: **rest inside a nested mapping pattern (config-dict style)
# goal: imports module 'this' via DataFrame.plot(**opts)
import pandas as pd
cfg = {"plot": dict([("back" + "end", "this")])}
opts = {"kind": "line"}
match cfg:
    case {"plot": {**opts}}:
        pass
pd.DataFrame({"a": [1.0, 2.0]}).plot(**opts)
