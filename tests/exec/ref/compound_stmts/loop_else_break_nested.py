def primes(n):
    out = []
    for k in range(2, n):
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                break
        else:
            out.append(k)
    return out
print(primes(40))
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
n = 0
while n < 3:
    n += 1
    for _ in range(2):
        if n == 2:
            break
    else:
        print('inner completed for', n)
