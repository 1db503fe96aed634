def g():
    yield from range(3)
import os
