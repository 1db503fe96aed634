# source: pandas plotting backend option; comprehension for-target as attribute
# family: option setter reached by a list comprehension's attribute target
# goal: pandas imports any module by name (here this)
import pandas as pd
_ = [0 for pd.options.plotting.backend in ["this"]]
