# source: PEP 634 mapping rest capture; pandas boxplot_frame(..., backend=None)
# family: binding form the check does not follow: match **rest; variant callee DataFrame.boxplot
# goal: imports module 'this' via DataFrame.boxplot(**opts)
import pandas as pd
opts = {"grid": True}
match {"back" + "end": "this"}:
    case {**opts}:
        pass
pd.DataFrame({"a": [1.0]}).boxplot(**opts)
