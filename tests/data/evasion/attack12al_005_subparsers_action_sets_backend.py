# source: CPython argparse _SubParsersAction.__call__ (setattr(namespace, key, value) for each sub-namespace entry); pandas _load_backend
# family: argparse action object called directly on a foreign namespace (subparsers variant)
# goal: pd.options.plotting.backend set -> importlib imports module "this"
import argparse
import pandas as pd
ap = argparse.ArgumentParser()
sp = ap.add_subparsers()
sub = sp.add_parser("run")
sub.add_argument("--backend", default="this")
sp(ap, pd.options.plotting, ["run"])
