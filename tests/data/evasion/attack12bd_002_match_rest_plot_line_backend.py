# source: PEP 634 mapping rest capture; pandas PlotAccessor.line -> __call__ -> _get_plot_backend
# family: binding form the check does not follow: match **rest; variant callee DataFrame.plot.line
# goal: imports module 'this' via DataFrame.plot.line(**opts) with backend key built at run time
import pandas as pd
opts = {"legend": True}
match {"back" + "end": "this"}:
    case {**opts}:
        pass
pd.DataFrame({"a": [1.0]}).plot.line(**opts)
