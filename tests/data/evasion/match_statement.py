match 1:
    case _:
        import os
