# Source: black-box attack on sandexec's check, 2026-11-26; family: file I/O by a path built at run time
# Verified to run in sandexec-python:bookworm when unchecked.
import pandas as pd
p = bytes.fromhex("2f746d702f70776e65642e747874").decode()
pd.DataFrame({"a": [1]}).to_csv(p)
print(pd.read_csv(p))
