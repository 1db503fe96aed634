# expect: ok 0
# assert: r["result"] == {"real": 1}
# direct: ok 0
# Only JSON's white space may surround the result: a later line wrapped in
# \v and \f is not JSON (json.loads rejects it) and must not win.
print('{"real": 1}')
print('\x0b\x0c{"not_json": 2}\x0c')
