# source: CPython inspect._signature_fromstr (text signatures in __text_signature__ / tp_doc), dataclasses._process_class calls inspect.signature(cls); pyjail text-signature trick
# family: class text signature hidden with \N{LINE FEED} escapes in a docstring -> inspect evaluates attribute chains in sys.modules
# goal: reads sys/os attributes (sys.executable, sys.version, os.name) -- string-as-code evaluation, reach of sys/os
import dataclasses


class A:
    "A(exe=sys.executable, ver=sys.version, osname=os.name, prefix=sys.prefix, nmods=builtins.len.__name__)\N{LINE FEED}--\N{LINE FEED}\N{LINE FEED}"


@dataclasses.dataclass(init=False)
class B(A):
    pass


print(B.__doc__)
