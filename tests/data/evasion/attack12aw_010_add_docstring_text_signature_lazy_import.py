# source: as attack12aw_009 (inspect._signature_fromstr's wrap_value: eval() of a dotted name in the module's globals, then in a copy of sys.modules); numpy/__init__.py __getattr__ imports numpy.testing lazily on attribute access
# family: text signature planted with np.add_docstring on other undocumented pandas C types (pd.offsets.Hour, pd.offsets.Minute); the dotted names' attribute reads import modules outside the list, and a second signature reads them
# goal: the first signature's default imports numpy.testing (and with it unittest, outside the list); the second reads unittest.TestCase.longMessage, pandas.io.common.os.name and sys.prefix
from dataclasses import dataclass

import numpy as np
import pandas as pd

nl = chr(10)
np.add_docstring(pd.offsets.Hour, "Hour(a=numpy.testing.IS_PYPY)" + nl + "--" + nl + nl)
np.add_docstring(pd.offsets.Minute, "Minute(b=unittest.TestCase.longMessage, c=pandas.io.common.os.name, d=sys.prefix)" + nl + "--" + nl + nl)


@dataclass(init=False)
class First(pd.offsets.Hour):
    pass


@dataclass(init=False)
class Second(pd.offsets.Minute):
    pass


print(First.__doc__)
print(Second.__doc__)
