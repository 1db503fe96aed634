x = f"{eval('1+1')}"
