# source: CPython inspect._signature_fromstr (Lib/inspect.py: wrap_value -> eval(s, module_dict) / eval(s, sys.modules.copy()))
#         reached via dataclasses._process_class, which calls inspect.signature(cls) when the class has no __doc__
#         (Lib/dataclasses.py "cls.__doc__ = cls.__name__ + str(inspect.signature(cls))"); heap-type __text_signature__
#         comes from the class docstring "Name(sig)\n--\n\n" (Objects/typeobject.c type_get_text_signature).
# family: library machinery evaluates a docstring signature: dotted names are eval()'d in sys.modules; a class
#         deriving from a builtin with a text-signature docstring + @dataclass(init=False) on a subclass
# goal: read attributes of os/sys/posix (any loaded module) by a name held in a string, value leaks into K.__doc__
import dataclasses


class B(int):
    "B(exe=sys.executable, isolated=sys.flags.isolated, osname=os.name, rdonly=posix.O_RDONLY, prefix=sys.prefix, cwd_sep=os.sep)\n--\n\n"


@dataclasses.dataclass(init=False)
class K(B):
    pass


print(K.__doc__)
