x = [].__class__.__mro__[1]
