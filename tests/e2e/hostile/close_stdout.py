# expect: no_result 5
# direct: no_result 5
os.close(1)
