d = {}.__class__
