# source: pyjail traceback-frame escape (e.__traceback__.tb_frame), CTF write-ups; adapted to str.format attribute reads
# family: format-field hidden by "\x2e" escape + dunder split by backslash-newline inside one literal (dunder-string check reads raw lines)
# goal: exception traceback -> tb_frame (module frame) and its f_code (code object)
try:
    1 / 0
except ZeroDivisionError as e:
    print("{0\x2e_\
_traceback_\
_\x2etb_frame}".format(e))
    print("{0\x2e_\
_traceback_\
_\x2etb_frame\x2ef_code}".format(e))
