match = 1
case = 2
type = 3
_ = 4
print(match, case, type, _)
def match_(match):
    return match
print(match_(5))
del type
print(type(1))
match = [1, 2]
match match:
    case [a, b]:
        print('matched', a, b)
def case(x):
    return x
print(case(7))
class type_:
    type = 'attr'
print(type_.type)
soft = {'match': 1, 'case': 2, 'type': 3}
print(soft['match'])
def f(type=1, match=2, case=3):
    return type + match + case
print(f(), f(match=10), f(type=5, case=0))
print([match for match in range(3)], {case: 1 for case in 'ab'})
