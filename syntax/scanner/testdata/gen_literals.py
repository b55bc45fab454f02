# Generates literals.json: values, warnings and errors CPython 3.14 gives
# for string, f-string and number literals. Run under the oracle:
#   py314 gen_literals.py > literals.json
import ast, json, sys, warnings
STRINGS = [r"'abc'", r"'\x41\u00e9\U0001F600'", r"'\x'", r"'\x4'", r"'ab\x4g'", r"'\u12'", r"'\U1234'", r"'\U00110000'",
    r"'\N'", r"'\N{'", r"'\N{}'", r"'\N{foo}'", r"'\N{bullet}'", r"'\N{LATIN SMALL LETTER A WITH ACUTE}'", r"'é\x'",
    r"'\d'", r"'\d\e'", r"'\400'", r"'\777'", r"'\8'", r"b'\400'", r"b'\d'", r"b'\x'", r"b'\x4'", "b'é'", r"'\é'",
    "'''a\nb\\d'''", r"'\ud800'", r"'\ud83d\ude00'", r"'\N{LINE FEED}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'",
    r"'\N{HANGUL SYLLABLE GA}'", r"'\N{cjk unified ideograph-4e00}'", r"'\0\12\123\1234'", "'a\\\nb'", r"rb'\x'",
    r"'\N{LATIN CAPITAL LETTER GHA}'", r"'\N{EMPTY SET}'", r"'\N{BOM}'", r"'\N {x}'", r"b'\N{DASH}'", r"b'\u1234'",
    r"'\a\b\f\n\r\t\v\\\'\"'", r"b'\a\b\f\n\r\t\v\\\'\"\x41\xff\0\101'", r"R'\n\x'", r"Br'\n'", r"u'\n'", r"U'é'",
    '"""x"y""z"""', "''", '""""""', r"'\é\x41'", r"'é\N{foo}'", r"'\N{DASH}é\q'", r"'\x4é'", r"'\N{EMPTY SET'",
    r"'ab\N{é}'", r"'\N{TANGUT IDEOGRAPH-17000}'", r"'\N{HANGUL SYLLABLE GAG}'", r"'\N{NULL}'", r"'\N{ZWJ}'", "'\\\n\\d'",
    r"'\q' + '\w'"[:4], r"b'\q\w'", r"'\1\18\9'", r"'\x41\x4G'"]
NUMBERS = ["0", "1", "00", "0_0", "123", "1_000", "0x_ff", "0XAB", "0o17", "0O_7", "0b101", "0B_1", "1.5", "1.", ".5", "1e5",
    "1E-5", "1.5e+3", "1j", "1.5J", "1e3j", "0j", "00j", "09.5", "09e1", "0_1.5", "9223372036854775807", "9223372036854775808",
    "123456789012345678901234567890", "0xffffffffffffffffffffffff", "1e400", "0.1e-400", "1.7976931348623157e308",
    "2.2250738585072014e-308", "4.9e-324", "0.1", "1_0.5_5j", "1" * 4300, "1" * 4301, "1_0" + "0" * 4300, "0x" + "f" * 5000,
    "3.141592653589793238462643383279", "1e-5j", "0o777777777777777777777777", "0b" + "1" * 100, "1e22", "1e23"]
FSTRINGS = [r"f'a\n{x}b\tc'", r"f'\d{x}'", r"f'{x}\d'", r"f'{x:\d}'", r"f'a\{x}'", r"f'\N{DASH}x{y}'", r"rf'\n{x}\d'",
    r"f'{{a\x41}}'", r"f'''a\
b{x}'''", r"t'\n{x}'", r"f'é\x41{x}'", r"f'\x'", r"f'\N{foo}'"]

def val(v):
    if isinstance(v, bytes):
        return ['bytes', v.hex()]
    if isinstance(v, str):
        return ['str', v.encode('utf-8', 'surrogatepass').hex()]
    if isinstance(v, bool) or v is None:
        return ['other', repr(v)]
    if isinstance(v, int):
        sys.set_int_max_str_digits(0)
        r = str(v)
        sys.set_int_max_str_digits(4300)
        return ['int', r]
    if isinstance(v, float):
        return ['float', v.hex()]
    if isinstance(v, complex):
        return ['complex', v.imag.hex()]
    return ['other', repr(v)]

def run(src, kind):
    rec = {'src': src, 'kind': kind}
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            m = ast.parse('x = ' + src + '\n')
            v = m.body[0].value
            if kind == 'f':
                parts = [n.value for n in v.values if isinstance(n, ast.Constant)]
                rec['value'] = val(''.join(parts))
            else:
                rec['value'] = val(v.value)
            rec['error'] = None
        except SyntaxError as e:
            rec['value'] = None
            rec['error'] = e.msg
    rec['warnings'] = [[w.category.__name__, str(w.message), w.lineno] for w in ws]
    return rec

out = [run(s, 's') for s in STRINGS] + [run(s, 'n') for s in NUMBERS] + [run(s, 'f') for s in FSTRINGS]
sys.stdout.write("[\n" + ",\n".join(json.dumps(o, ensure_ascii=True) for o in out) + "\n]\n")
