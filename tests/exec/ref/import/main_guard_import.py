import _mainguard
print(_mainguard.__name__)
import _reload_counter
import _reload_counter
print(_reload_counter.count)
import sys
del sys.modules['_reload_counter']
import _reload_counter as again
print(again.count, again is not _reload_counter)
print(__name__)
