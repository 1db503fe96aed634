# source: black-box attack on sandexec check (attack12, 2026-11-26), benign file of the same attack
# source: https://pandas.pydata.org/docs/reference/api/pandas.io.formats.style.Styler.format.html (example: df.style.format('{:.3f}', na_rep=""))
# benign: Styler.format with a literal format string, rendered to a string
import json
import numpy as np
import pandas as pd

df = pd.DataFrame({"ret": [0.0123, np.nan, -0.0456]})
try:
    html = df.style.format("{:.3f}", na_rep="").to_html()
    ok = "0.012" in html
except ImportError as e:
    ok = str(e)[:60]
print(json.dumps({"rendered": ok}))
