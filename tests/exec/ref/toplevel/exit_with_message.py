import sys
print('stdout line')
sys.exit('fatal: something went wrong')
