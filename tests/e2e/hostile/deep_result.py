# expect: no_result 5
# direct: no_result 5
print('{"a": ' + "[" * 100000 + "]" * 100000 + "}")
