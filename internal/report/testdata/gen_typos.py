# Generates typos_oracle.json: what `python3.14 FILE` prints for each
# source below (the file is run as the interpreter runs a script, and the
# traceback module reads it back). Run under the oracle:
#   /work/shared/tools/py314 internal/report/testdata/gen_typos.py > internal/report/testdata/typos_oracle.json
import contextlib, ctypes, io, json, os
os.environ["NO_COLOR"] = "1"
libc = ctypes.CDLL(None)
fopen = libc.fopen
fopen.restype = ctypes.c_void_p
fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
run = ctypes.pythonapi.PyRun_SimpleFileExFlags
run.restype = ctypes.c_int
run.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]
srcs = [
    "dfe f():\n    pass\n", "clas A:\n", "x = 1\ny = 2\nclas A:\n", "if x:\n    pass\nelfi y:\n    pass\n",
    "def f():\n    x = 1\n    retrun x\n", "whille x:\n    pass\n", "for x inn y:\n    pass\n",
    "import os\nfrom os improt path\n", "x = lamda: 1\n", "a b c d e f g h i j k l m\n",
    "print(a b)\n", "x = [1, 2 3]\n", "if x:\n    if y: pass\n    retrun x\n", "impotr os\n",
    "x = 1 iff y else 2\n", "x = (1 +\n     2) fi\n", "asyn def f(): pass\n", "yeild x\n",
    "raies ValueError\n", "nonlocl x\n", "def f():\n  gloabl x\n", "try:\n    pass\nexept E:\n    pass\n",
    "with a as b, c az d:\n    pass\n", "x = not_ a\n", "class A:\n    def f(self):\n        retrun 1\n    dfe g(self): pass\n",
    "if x:\n\tpass\nelsee:\n\tpass\n", "x = y z\n", "é = 1\nrêturn é\n", "f(x for x in y z)\n",
    "x = 'abc' fro\n", "async dfe f(): pass\n", "while True:\n    brek\n    contine x\n",
]
out = []
for i, s in enumerate(srcs):
    path = "/tmp/typo_case.py"
    with open(path, "w") as f:
        f.write(s)
    fp = fopen(path.encode(), b"rb")
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf), contextlib.redirect_stdout(buf):
        run(fp, path.encode(), 1, None)
    out.append({"src": s, "report": buf.getvalue()})
print(json.dumps(out, indent=0, ensure_ascii=False))
