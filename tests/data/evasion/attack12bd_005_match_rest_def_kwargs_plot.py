# source: PEP 634 mapping rest capture; a def's own **kw forwarded into plot() (plot is not among the callees whose refused keywords the check tracks through **kwargs)
# family: binding form not followed (match **rest) + def **kwargs forwarding into plot
# goal: imports module 'this' via draw(s, **opts) -> s.plot(**kw)
import pandas as pd
def draw(s, **kw):
    return s.plot(**kw)
opts = {"kind": "line"}
match {"back" + "end": "this"}:
    case {**opts}:
        pass
draw(pd.Series([1.0]), **opts)
