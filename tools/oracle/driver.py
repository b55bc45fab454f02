# Python side of the pygo oracle: runs inside one pyodide (CPython 3.14)
# interpreter and answers one "job" per source file. oracle.mjs loads this
# file, writes each source file's raw bytes into the in-memory file system and
# calls run_job(job, fspath, name); the answer is a JSON object mapping an
# output suffix ("ast", "warn", "err", "report", ...) to that file's text.
#
# The formats written here are the contract with the Go harness in tests/:
#
#   NAME.ast     exactly what `python3.14 -m ast -a NAME` prints on stdout.
#   NAME.warn    one line per warning raised while parsing:
#                "LINENO: Category: message"
#   NAME.err     SyntaxError facts, one "key value" per line; value is an
#                integer, a JSON string, or null:
#                  class SyntaxError
#                  msg "invalid syntax"
#                  lineno 1
#                  offset 5
#                  end_lineno 1
#                  end_offset 6
#                  text "x = = 1\n"
#                These come from ast.parse. When ast.parse succeeds the block
#                is the single line "parse ok". When compile() fails
#                differently (errors found by the symbol table or compiler),
#                the same keys follow prefixed with "compile.".
#   NAME.report  what `python3.14 NAME` prints on stderr for the error. It is
#                produced by the very path `python3.14 NAME` takes
#                (PyRun_SimpleFileExFlags on the opened file, through ctypes),
#                because the file tokenizer words some errors differently from
#                compile() on bytes (null bytes, undecodable source). For errors
#                that exist only with type comments on, `python3.14 NAME` would
#                not fail, so the report is format_exception_only of the error.

import ast
import contextlib
import ctypes
import io
import json
import os
import traceback
import warnings

# The warning filters of a fresh interpreter, restored before each program.
_DEFAULT_WARNING_FILTERS = list(warnings.filters)

# Reports must be plain text, as when stderr is not a terminal.
for _v in ("FORCE_COLOR", "PYTHON_COLORS"):
    os.environ.pop(_v, None)
os.environ["NO_COLOR"] = "1"

_FIELDS = ("lineno", "offset", "end_lineno", "end_offset", "text")


def _jstr(s):
    # Readable UTF-8 where possible; escaped when the text holds lone
    # surrogates (e.g. from surrogateescape), which UTF-8 cannot carry.
    try:
        out = json.dumps(s, ensure_ascii=False)
        out.encode("utf-8")
        return out
    except UnicodeEncodeError:
        return json.dumps(s, ensure_ascii=True)


def _value(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return _jstr(str(v))


def _facts(e, prefix=""):
    lines = [prefix + "class " + type(e).__name__]
    if isinstance(e, SyntaxError):
        lines.append(prefix + "msg " + _value(e.msg))
        for f in _FIELDS:
            lines.append(prefix + f + " " + _value(getattr(e, f, None)))
    else:
        lines.append(prefix + "msg " + _value(str(e)))
    return lines


def _facts_key(e):
    if isinstance(e, SyntaxError):
        return (type(e).__name__, e.msg) + tuple(getattr(e, f, None) for f in _FIELDS)
    return (type(e).__name__, str(e))


def _warn_lines(caught):
    out = []
    for w in caught:
        msg = str(w.message).replace("\n", "\\n")
        out.append("%s: %s: %s\n" % (w.lineno, w.category.__name__, msg))
    return "".join(out)


def _parse(src, name, type_comments):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(src, name, "exec", type_comments=type_comments)
            err = None
        except Exception as e:  # SyntaxError, or ValueError for odd input
            tree, err = None, e
    return tree, err, caught


def _compile(src, name, type_comments=False):
    flags = ast.PyCF_TYPE_COMMENTS if type_comments else 0
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, name, "exec", flags=flags, dont_inherit=True)
            return None, caught
        except Exception as e:
            return e, caught


def _report(e):
    return "".join(traceback.format_exception_only(e))


_libc = ctypes.CDLL(None)
_fopen = _libc.fopen
_fopen.restype = ctypes.c_void_p
_fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
_run_file = ctypes.pythonapi.PyRun_SimpleFileExFlags
_run_file.restype = ctypes.c_int
_run_file.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_void_p]


def _file_report(fspath, name):
    # What `python3.14 NAME` prints: the file is run as the interpreter runs
    # a script. Only called for sources that fail to compile, so nothing of
    # the case ever executes.
    f = _fopen(os.fsencode(fspath), b"rb")
    if not f:
        raise OSError("cannot open " + fspath)
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf), contextlib.redirect_stdout(buf):
        _run_file(f, os.fsencode(name), 1, None)
    return buf.getvalue()


def job_ast(src, name):
    # `python3.14 -m ast -a FILE`: type comments on, attributes, indent 3.
    tree, err, caught = _parse(src, name, True)
    out = {}
    if err is not None:
        out["err"] = "\n".join(_facts(err)) + "\n"
        out["report"] = _report(err)
    else:
        out["ast"] = ast.dump(tree, include_attributes=True, indent=3) + "\n"
    w = _warn_lines(caught)
    if w:
        out["warn"] = w
    return out


def job_error(src, name, type_comments=False, fspath=None):
    _, perr, _ = _parse(src, name, type_comments)
    cerr, _ = _compile(src, name, type_comments)
    out = {}
    lines = _facts(perr) if perr is not None else ["parse ok"]
    if cerr is not None and (perr is None or _facts_key(cerr) != _facts_key(perr)):
        lines += _facts(cerr, "compile.")
    if perr is None and cerr is None:
        lines.append("compile ok")
    out["err"] = "\n".join(lines) + "\n"
    shown = perr if perr is not None else cerr
    if shown is not None:
        if type_comments or fspath is None:
            out["report"] = _report(shown)
        else:
            out["report"] = _file_report(fspath, name)
    return out


def job_corpus(src, name):
    # The stdlib as CPython itself parses it on import: no type comments.
    tree, err, _ = _parse(src, name, False)
    if err is not None:
        return {"err": "\n".join(_facts(err)) + "\n"}
    return {"ast": ast.dump(tree, include_attributes=True, indent=1) + "\n"}


def job_error_tc(src, name):
    # As job_error, with type comments on (ast.parse(type_comments=True)):
    # some errors exist only then.
    return job_error(src, name, True)


def job_error_file(src, name, fspath):
    return job_error(src, name, False, fspath)


def job_mode(mode):
    # ast.parse(src, mode=MODE, type_comments=True): NAME.ast (indent 3,
    # attributes) and NAME.warn when it parses, NAME.err (the facts, as for
    # the error job) and NAME.warn when it does not. Unlike the other jobs
    # it keeps the warnings of a source that fails to parse. Outside the
    # "exec" mode CPython reads no line back from the file: SyntaxError
    # text comes from the tokenizer's buffers.
    def job(src, name):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                tree = ast.parse(src, name, mode, type_comments=True)
                err = None
            except Exception as e:
                tree, err = None, e
        out = {}
        if err is not None:
            out["err"] = "\n".join(_facts(err)) + "\n"
        else:
            out["ast"] = ast.dump(tree, include_attributes=True, indent=3) + "\n"
        w = _warn_lines(caught)
        if w:
            out["warn"] = w
        return out
    return job


def _exit_status(e):
    # What the interpreter exits with for an uncaught SystemExit, and what it
    # prints: None is 0, an int is the status (as the OS truncates it to a
    # byte), anything else is printed to stderr and the status is 1.
    code = e.code
    if code is None:
        return 0, None
    if isinstance(code, int):
        return code & 0xFF, None
    return 1, code


def job_run(fspath, name):
    # `python3.14 NAME` run from the repository root, except that the file
    # name stays the relative NAME (CPython would make it absolute), so that
    # the expected outputs do not depend on where the checkout lives. The
    # program runs as __main__ with sys.argv == [NAME], its folder first on
    # sys.path, an empty stdin; an uncaught exception is printed by
    # sys.excepthook (status 1), SystemExit sets the status, atexit handlers
    # run at the end. Answers NAME.out, NAME.err (text) and NAME.rc.
    import atexit
    import sys
    import types

    with open(fspath, "rb") as f:
        src = f.read()
    folder = os.path.dirname(os.path.abspath(fspath))
    saved = (sys.argv, list(sys.path), sys.modules.get("__main__"), sys.stdin, sys.stdout, sys.stderr, sys.excepthook)
    before = set(sys.modules)
    out_b, err_b = io.BytesIO(), io.BytesIO()
    sys.stdin = io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out_b, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err_b, encoding="utf-8", errors="backslashreplace", write_through=True)
    sys.argv = [name]
    sys.path.insert(0, folder)
    main = types.ModuleType("__main__")
    main.__file__ = name
    main.__builtins__ = __builtins__
    sys.modules["__main__"] = main
    rc = 0
    # Each program starts with the interpreter's default warning filters
    # and empty "once" registries, as a fresh process does, whatever the
    # program before it did to the warnings module.
    warn_ctx = warnings.catch_warnings()
    warn_ctx.__enter__()
    warnings.filters[:] = _DEFAULT_WARNING_FILTERS
    warnings._filters_mutated()
    warnings.onceregistry.clear()
    try:
        try:
            exec(compile(src, name, "exec", dont_inherit=True), main.__dict__)
        except SystemExit as e:
            rc, msg = _exit_status(e)
            if msg is not None:
                print(msg, file=sys.stderr)
        except BaseException as e:
            # Drop this function's own frame, which the interpreter's run
            # of a script does not have.
            tb = e.__traceback__.tb_next if e.__traceback__ is not None else None
            sys.excepthook(type(e), e.with_traceback(tb), tb)
            rc = 1
        try:
            atexit._run_exitfuncs()
        finally:
            atexit._clear()
        sys.stdout.flush()
        sys.stderr.flush()
        out, err = out_b.getvalue(), err_b.getvalue()
    finally:
        warn_ctx.__exit__(None, None, None)
        # A program's sys.excepthook must not outlive it.
        sys.argv, sys.path[:], main0, sys.stdin, sys.stdout, sys.stderr, sys.excepthook = saved
        if main0 is not None:
            sys.modules["__main__"] = main0
        # Modules the program imported from its folder are forgotten, so that
        # the next program imports them afresh.
        for m in set(sys.modules) - before:
            f = getattr(sys.modules.get(m), "__file__", None) or ""
            if f.startswith(folder + "/"):
                del sys.modules[m]
    return {
        "out": out.decode("utf-8", "replace"),
        "err": err.decode("utf-8", "replace"),
        "rc": "%d\n" % rc,
    }


_JOBS = {
    "ast": job_ast,
    "error": job_error_file,
    "error-tc": job_error_tc,
    "corpus": job_corpus,
    "mode-exec": job_mode("exec"),
    "mode-eval": job_mode("eval"),
    "mode-single": job_mode("single"),
    "mode-func_type": job_mode("func_type"),
}


def run_job(job, fspath, name):
    with open(fspath, "rb") as f:
        src = f.read()
    if job == "error":
        return json.dumps(job_error_file(src, name, fspath))
    if job == "run":
        return json.dumps(job_run(fspath, name))
    return json.dumps(_JOBS[job](src, name))
