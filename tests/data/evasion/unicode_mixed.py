ｏｓ = 1
import json
