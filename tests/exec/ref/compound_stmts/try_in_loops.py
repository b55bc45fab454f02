results = []
for v in ['1', 'x', '3', None]:
    try:
        results.append(int(v))
    except ValueError:
        results.append('bad')
        continue
    except TypeError:
        results.append('none')
        break
    else:
        results.append('ok')
    finally:
        results.append('f')
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError('retry')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('attempt', attempts, e)
def search(matrix, target):
    for i, row in enumerate(matrix):
        try:
            j = row.index(target)
        except ValueError:
            continue
        return i, j
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))
