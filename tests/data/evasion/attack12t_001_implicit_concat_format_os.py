# source: pyjail format-string attribute read ("{0.__globals__}".format(f), e.g. HackTricks "Python format string" / CTF write-ups); differential = implicit string concatenation
# family: implicit concatenation "{" "0.attr}" .format(obj): check reads only the last literal before .format, Python formats the joined string
# goal: reads random.shuffle.__globals__['_os'] -> repr of module os (forbidden module reached via __globals__)
import random
print("{" "0._" "_globals_" "_[_os]}".format(random.shuffle))
