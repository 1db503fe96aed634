# source: argparse.Namespace.__init__ is a plain function (setattr(self, name, value) per keyword) callable with any self; functools.partial.keywords is mutable; pandas plotting.backend option imports the module it names (pandas/plotting/_core.py _load_backend)
# family: generic setattr(any object, run-time name, value): partial(argparse.Namespace.__init__, target) + keywords mutated -> pd.options.plotting.backend = run-time module name -> importlib.import_module
# goal: import of a module outside the allowed list by a run-time name (module "this" runs and prints the Zen of Python)
import argparse
import functools
import pandas as pd

setter = functools.partial(argparse.Namespace.__init__, pd.options.plotting)
setter.keywords["back" + "end"] = "th" + "is"
try:
    setter()
except ValueError as e:
    print("pandas imported it, then:", e)
