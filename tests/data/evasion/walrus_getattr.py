if (g := getattr):
    pass
