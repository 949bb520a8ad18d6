from collections import deque

# A queue that is filled and never drained.
queue = deque()
n = 0
while True:
    queue.append(n)
    n += 1
