# Both modes, last: run the script, given name, source (bytes) and words
# (its sys.argv[1:]), as
# __main__ under its own file name.
#
# An uncaught exception is handled here as the interpreter would handle it,
# less the bootstrap: its traceback starts at the script's first frame (the
# frame of the exec() below, "<string>", is cut off; a SyntaxError of the
# script has no frame left at all, as with "python3 strategy.py"), the
# script's source is given to linecache so that its lines are shown, and
# it is printed by the traceback module, or given to the script's own
# sys.excepthook if it set one.
# Then stdout is flushed and the record EXC LINE " " TYPE " " MESSAGE "\n"
# is written as its last bytes: LINE is the line of the innermost frame in
# the script ("-" if none), TYPE the name the traceback prints, MESSAGE
# str() of the exception (a SyntaxError's msg), at most 2000 characters,
# a lone surrogate as U+FFFD;
# in TYPE and MESSAGE the bytes "%", " " and "\n" are written %XX. The
# script can write such a line too: sandexec takes it as information for
# the report's "exception", never as how the script ended. Then it exits
# 1, or dies of SIGINT after a KeyboardInterrupt (as the interpreter does,
# without running atexit).
#
# The script's process ends without the interpreter's teardown (which
# costs 30 to 200 ms with numpy and pandas loaded, for nothing the script
# can see): as the interpreter would, it waits for the script's non-daemon
# threads, runs the atexit handlers, flushes sys.stdout and sys.stderr (a
# failed flush of stdout makes the status 120), then os._exit() with the
# status the interpreter would give: 0, SystemExit's code (None 0, an int
# its low 8 bits, anything else printed to stderr and 1), or 1 after an
# uncaught exception. Objects are not finalized (no __del__ at exit).
sys.argv = [name] + words
del words
record = None
status = 0
try:
    code = compile(source, name, 'exec')
    exec(code, {'__name__': '__main__', '__file__': name, '__builtins__': __builtins__})
except SystemExit as exc:
    status = exc.code
    if status is None:
        status = 0
    elif isinstance(status, int):
        status &= 0xff
    else:
        try:
            sys.stderr.write('%s\n' % (status,))
        except BaseException:
            pass
        status = 1
except BaseException as exc:
    try:
        tb = exc.__traceback__.tb_next
        exc.__traceback__ = tb
        line, t = None, tb
        while t is not None:
            if t.tb_frame.f_code.co_filename == name:
                line = t.tb_lineno
            t = t.tb_next
        msg = None
        if isinstance(exc, SyntaxError) and isinstance(exc.msg, str):
            msg = exc.msg
            if line is None and exc.filename == name and isinstance(exc.lineno, int):
                line = exc.lineno
        if msg is None:
            try:
                msg = str(exc)
            except BaseException:
                msg = '<exception str() failed>'
        cls = type(exc)
        kind = cls.__qualname__
        if cls.__module__ not in ('__main__', 'builtins'):
            kind = '%s.%s' % (cls.__module__, kind)
        try:
            import linecache
            text = source.decode(__import__('tokenize').detect_encoding(
                iter(source.splitlines(True)).__next__)[0], 'replace')
            linecache.cache[name] = (len(text), None, text.splitlines(True), name)
        except BaseException:
            pass
        # As PyErr_Print does it, with the traceback module (the C hook
        # reads source lines from disk, not linecache) and without the
        # bootstrap's frames.
        show = __import__('traceback').print_exception
        hook = sys.excepthook
        if hook is None:
            sys.stderr.write('sys.excepthook is missing\n')
            show(cls, exc, tb)
        elif hook is sys.__excepthook__:
            show(cls, exc, tb)
        else:
            try:
                hook(cls, exc, tb)
            except BaseException as err:
                sys.stderr.write('Error in sys.excepthook:\n')
                show(type(err), err, err.__traceback__.tb_next, chain=False)
                sys.stderr.write('\nOriginal exception was:\n')
                show(cls, exc, tb)
    except BaseException:
        line, kind, msg = None, type(exc).__name__, ''
    for f in (sys.stdout, sys.stderr):
        try:
            f.flush()
        except BaseException:
            pass
    def field(s):
        s = ''.join('\ufffd' if '\ud800' <= c <= '\udfff' else c for c in s[:2000])
        b = s.encode('utf-8')
        for c in b'% \n':
            b = b.replace(bytes([c]), b'%%%02X' % c)
        return b
    try:
        record = EXC + (b'-' if line is None else b'%d' % line) + b' ' + field(kind) + \
            b' ' + field(msg) + b'\n'
    except BaseException:
        pass
    if isinstance(exc, KeyboardInterrupt):
        try:
            while record:
                record = record[os.write(1, record):]
        except BaseException:
            pass
        import signal
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.raise_signal(signal.SIGINT)
    status = 1
try:
    threading = sys.modules.get('threading')
    if threading is not None:
        threading._shutdown()
except BaseException:
    pass
try:
    __import__('atexit')._run_exitfuncs()
except BaseException:
    pass
for f, out in ((sys.stdout, True), (sys.stderr, False)):
    try:
        if f is not None and not f.closed:
            f.flush()
    except BaseException:
        if out:
            status = 120
try:
    while record:
        record = record[os.write(1, record):]
except BaseException:
    pass
os._exit(status)
