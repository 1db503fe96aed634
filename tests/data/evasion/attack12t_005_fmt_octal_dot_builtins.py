# source: pyjail str.format attribute-read gadget ("{0.__globals__}".format(f)); HackTricks "Python sandbox escape / format string"; adapted
# family: format-field hidden by octal escape "\56" (= ".")
# goal: dataclasses.builtins -> repr of module builtins
import dataclasses
print("{0\56builtins}".format(dataclasses))
