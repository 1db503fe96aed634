# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (Bypass audit sandboxes: _posixsubprocess.fork_exec)
# Family: module-attribute
# What: loads _posixsubprocess through __loader__ and forks /bin/cat
import math
ps = math.__loader__.load_module("_posixsubprocess")
print(ps.fork_exec)
