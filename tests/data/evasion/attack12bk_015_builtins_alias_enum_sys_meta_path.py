# source: CPython 3.11 _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed); enum.py 'import sys'
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: imports 'this' through sys.meta_path (sys reached as enum's global)
import enum as __builtins__

def finders():
    return sys.meta_path

for finder in finders():
    found = finder.find_spec("this", None)
    if found is not None:
        found.loader.load_module("this")
        break
