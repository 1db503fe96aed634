# source: pyjail str.format attribute-read gadget ("{0.__globals__}".format(f)); HackTricks "Python sandbox escape / format string"; adapted
# family: format-field hidden by "\x2e" escape
# goal: random._os.system -> reaches os.system builtin (repr)
import random
print("{0\x2e_os\x2esystem}".format(random))
