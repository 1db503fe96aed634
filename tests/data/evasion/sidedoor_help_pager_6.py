# Source: github.com/Shirajuki/shirajuki.github.io src/routes/blog/pyjail-cheatsheet.md (help() -> less pager -> !/bin/sh)
# Family: builtins-side-door
# What: interactive help() opens a pager from which a shell can be spawned
help()
