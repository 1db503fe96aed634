# Source: https://github.com/aden-hive/hive/issues/715
# Family: attr-in-string
# What: '{0.__globals__}'.format(func) discloses module globals (including imported modules)
import json

def strategy():
    return 1

print("{0.__globals__[json]}".format(strategy))
print("{0.__init__.__globals__}".format(json.JSONDecoder()))
