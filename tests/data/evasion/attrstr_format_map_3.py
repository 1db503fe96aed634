# Source: https://github.com/zopefoundation/RestrictedPython/pull/258 (format_map not blocked)
# Family: attr-in-string
# What: str.format_map with a field path reaching __builtins__
class P:
    pass

def f():
    pass

print("{f.__globals__[__builtins__].__dict__[open]}".format_map({"f": f}))
print("{f.__globals__[__builtins__]}".format_map({"f": f}))
