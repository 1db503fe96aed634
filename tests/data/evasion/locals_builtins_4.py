# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631
# Family: vars-dir
# What: locals() at module level is globals(): reaches __builtins__
locals()["__builtins__"].exec("import os; os.system('id')")
