# source: pandas plotting backend option (pandas/plotting/_core.py _load_backend -> importlib.import_module); Python for-loop attribute targets
# family: option setter reached by an attribute target the check does not read as an assignment (for-loop target)
# goal: pandas imports any module by name (here `this`, printing the Zen): a module outside the allowed list is imported
import pandas as pd

for pd.options.plotting.backend in ["this"]:
    pass
