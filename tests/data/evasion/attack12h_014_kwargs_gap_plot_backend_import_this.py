# source: pandas plotting backend import by name (pandas/plotting/_core.py _load_backend); same keyword-name gap as 013
# family: keyword-name provenance gap (literal-key dict mutated with a computed key, spread through a def's own **kwargs) -> import of any module by name
# goal: import the non-allowed module 'this' (its import prints the Zen of Python)
import pandas as pd


def draw(frame, **kwargs):
    return frame.plot(**kwargs)


opts = {"kind": "line"}
opts["back" + "end"] = "th" + "is"
try:
    draw(pd.DataFrame({"a": [1, 2]}), **opts)
except ValueError as e:
    print("error after import:", e)
