import stat, os
def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "=", repr(r))

for mode in [0o100644, 0o040755, 0o120777, 0o020666, 0o060660, 0o010600, 0o140700, 0o104755, 0o102755, 0o041777, 0o100000]:
    print(oct(mode), stat.filemode(mode), stat.S_ISDIR(mode), stat.S_ISREG(mode), stat.S_ISLNK(mode), oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)))
print(stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR, stat.S_IRWXU, stat.S_IRWXG, stat.S_IRWXO, stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK)
st = os.stat('/')
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0], st[stat.ST_MODE] == st.st_mode)
print(os.stat_result.n_sequence_fields, type(st).__module__, hasattr(st, 'st_mtime_ns'), hasattr(st, 'st_blksize'))
