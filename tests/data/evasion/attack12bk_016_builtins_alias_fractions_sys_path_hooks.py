# source: CPython 3.11 _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed); fractions.py 'import sys'; FileFinder path hook
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: imports 'this' through sys.path_hooks' FileFinder on a sys.path entry
import fractions as __builtins__

def hooks():
    return sys.path_hooks

def dirs():
    return sys.path

for d in dirs():
    if d.endswith("python3.11"):
        found = hooks()[-1](d).find_spec("this")
        found.loader.load_module("this")
        break
