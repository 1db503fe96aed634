x = f"{f'{__import__(chr(111)+chr(115))}'}"
