# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; dataclasses.py globals 'inspect', 'builtins'; inspect.getmembers
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: exec('import this') via inspect.getmembers(builtins) looked up by bare names from dataclasses' globals
import dataclasses as __builtins__

def members():
    return inspect.getmembers(builtins)

key = "ex" + "ec"
for k, v in members():
    if k == key:
        v("import this", {})
