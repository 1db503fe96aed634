# source: pandas plotting backend option; one-element tuple target on an alias
# family: option setter reached through an alias and a trailing-comma unpacking target
# goal: pandas imports any module by name (here this)
import pandas as pd
cfg = pd.options.plotting
cfg.backend, = ["this"]
