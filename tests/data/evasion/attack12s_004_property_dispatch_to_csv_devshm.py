# source: pandas Series.aggregate -> Apply.apply_str -> getattr(obj, name)(**kwargs) (pandas/core/apply.py); sandbox bypass write-ups on getattr-like dispatch (df.apply("name"))
# family: pandas string dispatch with the method name AND its keyword arguments read from @property values (self.how / self.dest look like self.method to the check)
# goal: Series.to_csv to a path computed at run time -> writes /dev/shm/x (outside /tmp and the script dir)
# verify: docker run ... sh -c 'python3 -I - ; cat /dev/shm/x' < this file  (prints the CSV written outside /tmp)
import pandas as pd


class Job:
    @property
    def how(self):
        return "to_csv"

    @property
    def dest(self):
        return "".join(chr(c) for c in [47, 100, 101, 118, 47, 115, 104, 109, 47, 120])

    def run(self):
        s = pd.Series([1, 2, 3])
        s.apply(self.how, path_or_buf=self.dest)
        print("wrote", self.dest)


Job().run()
