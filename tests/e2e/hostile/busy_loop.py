# expect: timeout 124
# args: --timeout 2
# direct: timeout 124
while True:
    pass
