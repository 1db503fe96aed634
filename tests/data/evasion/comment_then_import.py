# harmless
import os  # really
