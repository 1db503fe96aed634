x = rb'abc'; import os
