if True: from os import path
