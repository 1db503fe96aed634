x = (
    eval
)('1')
