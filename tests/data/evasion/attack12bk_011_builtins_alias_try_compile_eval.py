# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names (alias import inside try/except)
# goal: compile()+eval() of 'import this' via getmembers(builtins)
try:
    import dataclasses as __builtins__
except ImportError:
    pass

def members():
    return inspect.getmembers(builtins)

for k, v in members():
    if k == "comp" + "ile":
        code = v("import this", "s", "exec")
        for k2, v2 in members():
            if k2 == "ev" + "al":
                v2(code, {})
