# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (pdb.os.system / platform.os.system)
# Family: module-attribute
# What: platform.os.system and pdb.os
import platform
platform.os.system("id")
