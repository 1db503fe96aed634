setattr(object, 'x', 1)
