# Source: https://github.com/semgrep/semgrep-rules/pull/1354 (get_type_hints evaluates string annotations); https://github.com/ipython/ipython/pull/15337
# Family: attr-in-string
# What: typing.get_type_hints evaluates a string annotation that imports os
import typing

class Signal:
    weight: "__import__('os').system('id')"

typing.get_type_hints(Signal)
