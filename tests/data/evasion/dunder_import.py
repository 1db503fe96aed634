m = __import__('os')
m.system('id')
