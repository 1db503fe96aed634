l = __loader__
