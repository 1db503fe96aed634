# source: CPython functools.update_wrapper copies wrapped.__dict__ into the def's __dict__; README allows @functools.wraps(x) above a def
# family: @functools.wraps(module) on a def: module globals become plain attributes of the function, read with literal names
# goal: reach the 'types' module (not allowed) and from it FunctionType/CodeType
import functools
import json
import typing


@functools.wraps(typing)
def t():
    return 0


ty = t.types
print(json.dumps({"evidence": repr(ty), "ft": repr(ty.FunctionType)}))
