# source: Python name mangling ("Private Variables", Python tutorial 9.6); path traversal
# family: value read into a name the check believes holds only literals (mangled private name)
# goal: df.to_csv(f"{__name}.csv") writes outside the script's directory (/dev/shm), read back
import pandas as pd

__name = "out"
_C__name = "/".join([".."] * 8) + "/dev/shm/pwned"


class C:
    @staticmethod
    def save(df):
        df.to_csv(f"{__name}.csv", index=False)

    @staticmethod
    def load():
        return pd.read_csv(f"{__name}.csv")


C.save(pd.DataFrame({"written_outside_script_dir": [1]}))
print(C.load())
