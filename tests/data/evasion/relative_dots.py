from ...pkg import x
