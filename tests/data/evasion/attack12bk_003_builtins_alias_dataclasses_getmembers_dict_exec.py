# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; inspect.getmembers
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: exec('import this') via dict(inspect.getmembers(builtins))['exec']
import dataclasses as __builtins__

def members():
    return inspect.getmembers(builtins)

table = dict(members())
table["exec"]("import this", {})
