# Source: https://github.com/aden-hive/hive/issues/715
# Family: fstring
# What: self-documenting f-string '=' prints the globals of a module function
import json
print(f"{json.dumps.__globals__=}")
