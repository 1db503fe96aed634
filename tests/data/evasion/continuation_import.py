import \
    os
