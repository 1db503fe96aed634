x = f"{().__class__}"
