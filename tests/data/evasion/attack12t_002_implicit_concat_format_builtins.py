# source: pyjail format-string attribute read (func.__globals__['__builtins__']); differential = implicit string concatenation
# family: implicit concatenation "{" "0.attr}" .format(obj): check reads only the last literal
# goal: own function's __globals__['__builtins__'] -> repr of module builtins
def g():
    pass
print("{" "0._" "_globals_" "_[_" "_builtins_" "_]}".format(g))
