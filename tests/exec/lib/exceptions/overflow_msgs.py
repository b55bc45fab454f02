cases = [lambda: 2.0 ** 10000, lambda: float(10**400), lambda: 10**400 / 1, lambda: int(float('inf')), lambda: 1e308 * 10 if False else 10.0 ** 400, lambda: [0] * (2**70), lambda: 'a' * (2**70), lambda: (1).to_bytes(1, 'big') * (2**63), lambda: round(1.5, 2**70) if False else 1 << (2**70), lambda: float.fromhex('0x1p99999'), lambda: chr(2**70), lambda: range(2**70).__len__(), lambda: 10**400 * 1.0, lambda: (2**1024) ** 0.5]
for c in cases:
    try:
        r = c()
        print('no error', type(r).__name__)
    except (OverflowError, ValueError, MemoryError) as e:
        # float overflow's message carries the platform's errno text.
        print(type(e).__name__, e if 'representable' not in str(e) and 'out of range' not in str(e) else '')
