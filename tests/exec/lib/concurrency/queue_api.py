# queue module from one thread.
import queue

q = queue.Queue(maxsize=2)
print(q.empty(), q.full(), q.qsize(), q.maxsize)
q.put(1)
q.put_nowait(2)
print(q.full(), q.qsize())
for f in (lambda: q.put(3, block=False), lambda: q.put(3, timeout=0.01)):
    try:
        f()
    except queue.Full as e:
        print("Full", repr(e))
print(q.get(), q.get_nowait())
for f in (lambda: q.get(block=False), lambda: q.get(timeout=0.01), q.get_nowait):
    try:
        f()
    except queue.Empty as e:
        print("Empty", type(e).__module__)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
q.join()
print("joined")

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 4, 1, 5, 9, 2, 6):
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(8)])
print([pq.get() for _ in range(8)])

sq = queue.SimpleQueue()
sq.put('a')
sq.put_nowait('b')
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)

s = queue.Queue()
for i in range(3):
    s.put(i)
s.shutdown()
try:
    s.put(9)
except queue.ShutDown as e:
    print("ShutDown on put", repr(e))
print(s.get(), s.get(), s.get())
try:
    s.get()
except queue.ShutDown:
    print("ShutDown on get")
im = queue.Queue()
for i in range(3):
    im.put(i)
im.shutdown(immediate=True)
print(im.qsize(), im.unfinished_tasks)
try:
    im.get()
except queue.ShutDown:
    print("ShutDown immediate")
im.join()
print(issubclass(queue.Empty, Exception), queue.Empty.__module__, queue.Full.__module__)
print(sorted(queue.__all__))
