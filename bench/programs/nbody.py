# Float math: an n-body style simulation with attribute-free float arithmetic.
def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for (b1, b2) in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for b2 in bodies[i + 1:]:
            dx = b[0] - b2[0]
            dy = b[1] - b2[1]
            dz = b[2] - b2[2]
            e -= b[6] * b2[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


bodies = []
for i in range(5):
    f = float(i)
    bodies.append([f * 1.5, f * -0.7 + 0.3, f * 0.2 - 1.0, 0.01 * f, -0.02 * f, 0.005, 1.0 + f * 0.1])
pairs = []
for i in range(len(bodies)):
    for j in range(i + 1, len(bodies)):
        pairs.append((bodies[i], bodies[j]))
print("%.9f" % energy(bodies))
advance(bodies, pairs, 0.001, 120000)
print("%.9f" % energy(bodies))
