g = getattr(__builtins__, 'ev' + 'al')
