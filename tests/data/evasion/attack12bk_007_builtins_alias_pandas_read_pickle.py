# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; pandas.read_pickle (bare name, taken as a value); json's codecs.open('wb') writes the payload
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names; deserialising code (pickle)
# goal: unpickles a file it wrote: GLOBAL opcode imports the module 'this'
import json as __builtins__

def save(p, data):
    with codecs.open(p, "wb") as fh:
        fh.write(data)

import pandas as __builtins__

def reader():
    return read_pickle

save("payload.bin", b"cthis\nlove\n.")
load = reader()
print(load("payload.bin"))
