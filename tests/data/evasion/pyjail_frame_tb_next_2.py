# Source: https://github.com/frappe/frappe/commit/d14698277450d3b2516f29324ff4134b37d7ea29 (tb_frame, tb_next blocked)
# Family: frame
# What: tb_next of a traceback reaches the inner frame's f_builtins
def boom():
    raise ValueError("x")

try:
    boom()
except ValueError as err:
    tb = err.__traceback__.tb_next
    print(tb.tb_frame.f_builtins["open"]("/etc/passwd").read())
