def f():
    import socket
    return socket
f()
