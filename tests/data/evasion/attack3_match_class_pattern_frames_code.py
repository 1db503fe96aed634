# Source: black-box attack on sandexec's check, 2026-11-26; family: match class/mapping patterns as getattr/subscript by constant name
# Verified to run in sandexec-python:bookworm when unchecked.
def gen():
    yield 1
g = gen()
match g:
    case object(gi_frame=object(f_globals=gl, f_back=fb), gi_code=object(co_consts=cc)):
        print(type(gl), fb, cc)
