s = __spec__
