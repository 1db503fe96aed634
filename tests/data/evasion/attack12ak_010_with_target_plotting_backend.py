# source: pandas plotting backend option (_load_backend importlib.import_module); with-statement attribute target
# family: option setter reached by a with ... as attribute target
# goal: pandas imports any module by name (here this)
import pandas as pd
class Engine:
    def __enter__(self):
        return "this"
    def __exit__(self, et, ev, tb):
        return False
with Engine() as pd.options.plotting.backend:
    pass
