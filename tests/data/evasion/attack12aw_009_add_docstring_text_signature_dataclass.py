# source: RULES "text-signature" rule (inspect._signature_fromstr evaluates a builtin's text-signature defaults, dotted names looked up in sys.modules; dataclass calls inspect.signature(cls) for a class without a docstring); numpy's np.add_docstring (numpy/core/function_base.py, C add_docstring) writes tp_doc of a C type whose doc is NULL, at run time
# family: text signature planted at run time with np.add_docstring on an undocumented pandas C type (pd.offsets.Day), then @dataclass(init=False) on a subclass evaluates its defaults
# goal: reads sys.executable, sys.version and os.sep (values of sys and os, which the script cannot name) into the dataclass's __doc__
from dataclasses import dataclass

import numpy as np
import pandas as pd

nl = chr(10)
np.add_docstring(pd.offsets.Day, "Day(x=sys.executable, y=os.sep, z=sys.version)" + nl + "--" + nl + nl)


@dataclass(init=False)
class Leak(pd.offsets.Day):
    pass


print(Leak.__doc__)
