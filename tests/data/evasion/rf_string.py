x = rf"\{eval('1')}"
