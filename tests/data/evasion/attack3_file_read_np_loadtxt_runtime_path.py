# Source: black-box attack on sandexec's check, 2026-11-26; family: file I/O by a path built at run time
# Verified to run in sandexec-python:bookworm when unchecked.
import numpy as np
p = bytes.fromhex("2f6574632f706173737764").decode()
print(np.loadtxt(p, dtype=str, delimiter="|", comments=None)[:3])
