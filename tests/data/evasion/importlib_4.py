# Source: https://github.com/Yeachan-Heo/oh-my-claudecode/pull/2012 (importlib.import_module('os') bypass)
# Family: module-attribute
# What: importlib.import_module and importlib.__import__
import importlib
importlib.import_module("os").system("id")
