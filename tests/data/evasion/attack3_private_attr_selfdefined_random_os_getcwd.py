# Source: black-box attack on sandexec's check, 2026-11-26; family: private module attribute hidden behind a self-defined name
# Verified to run in sandexec-python:bookworm when unchecked.
import random
class Cfg:
    def __init__(self):
        self._os = None
mods = [random]
o = mods[0]._os
print(o, o.getcwd())
