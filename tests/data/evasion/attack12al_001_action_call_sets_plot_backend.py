# source: adapted from argparse internals (Action.__call__ does setattr(namespace, self.dest, values)); CPython Lib/argparse.py; pandas plotting backend import (pandas/plotting/_core.py _load_backend)
# family: argparse Action object returned by add_argument() called directly = setattr by name on any object (here pandas' options object)
# goal: sets plotting.backend through pd.options.plotting's __setattr__, which importlib-imports an arbitrary module ("this" prints the Zen)
import argparse
import pandas as pd
ap = argparse.ArgumentParser()
a = ap.add_argument("--plot-backend", dest="backend")
a(ap, pd.options.plotting, "this")
