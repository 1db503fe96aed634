delattr(object, 'x')
