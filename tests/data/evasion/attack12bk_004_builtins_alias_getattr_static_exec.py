# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; inspect.getattr_static (a getattr by name)
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: exec('import this') via inspect.getattr_static(builtins, 'exec')
import dataclasses as __builtins__

def lookup(obj, name):
    return inspect.getattr_static(obj, name)

def root():
    return builtins

run = lookup(root(), "ex" + "ec")
run("import this", {})
