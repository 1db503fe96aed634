# source: numpy 1.24 ufunc.at (np.add.at) ignores the writeable flag of its first operand; np.frombuffer(bytes(...)) is a read-only view of the bytes object's own storage (bytes(b) of a bytes object is that same object; sandexec README, "The static check", accepts frombuffer of bytes(...))
# family: read-only flag bypass through ufunc.at -> writes into memory Python treats as immutable
# goal: change an immutable bytes object in place after it was hashed into a dict: a key equal to the original is no longer found, and the dict holds a key whose bytes changed
import numpy as np

key = bytes([112, 114, 105, 99, 101])
table = {key: 1.0}
view = np.frombuffer(bytes(key), dtype=np.uint8)
print("view writeable:", view.flags.writeable, "| key:", key, "| b'price' in table:", bytes([112, 114, 105, 99, 101]) in table)
np.add.at(view, [0, 1, 2, 3, 4], [-14, -11, -1, 3, -1])
print("same immutable object now:", key, "| dict keys:", list(table))
print("b'price' in table:", bytes([112, 114, 105, 99, 101]) in table, "| b'bghfd' in table:", bytes([98, 103, 104, 102, 100]) in table)
