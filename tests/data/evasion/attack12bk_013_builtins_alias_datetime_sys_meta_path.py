# source: CPython 3.11 _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed); datetime.py 'import sys'; importlib finders find_spec/load_module
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: imports 'this' through sys.meta_path's PathFinder (sys reached as datetime's global)
import datetime as __builtins__

def hooks():
    return sys.meta_path

for finder in hooks():
    spec = finder.find_spec("this", None)
    if spec is not None:
        spec.loader.load_module("this")
        break
