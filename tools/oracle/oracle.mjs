// pygo oracle: CPython 3.14 (pyodide 314.0.7, pinned in package.json) answering
// questions about many Python files in one interpreter, because start-up
// (~5 s) dominates the cost of a single file.
//
// Usage:
//   node oracle.mjs JOB --root DIR --out DIR [--list FILE | --all] [REL.py ...]
//
//   JOB      ast | error | error-tc | corpus | mode-exec | mode-eval | mode-single |
//            mode-func_type | run   (see driver.py for what each writes),
//            or "mixed": each --list line is then "JOB REL.py", so that one
//            interpreter serves several jobs
//   --root   directory the REL paths are relative to; the REL path is also
//            the file name CPython is told (it shows up in error reports)
//   --out    where results go: OUT/REL-without-.py + "." + suffix
//   --list   a file with one REL path per line
//   --all    every *.py file under --root (recursively)
//
// Each file's raw bytes are handed to Python unchanged (BOMs, PEP 263
// declarations and invalid UTF-8 must reach the tokenizer as they are).
// Prints one summary line per file to stdout: "REL suffix,suffix,...".
import { loadPyodide } from "pyodide";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function usage(msg) {
  console.error(`oracle: ${msg}\nusage: node oracle.mjs ast|error|error-tc|corpus|mode-exec|mode-eval|mode-single|mode-func_type|run|mixed --root DIR --out DIR [--list FILE | --all] [REL.py ...]`);
  process.exit(2);
}

const argv = process.argv.slice(2);
const job = argv.shift();
const jobs = ["ast", "error", "error-tc", "corpus", "mode-exec", "mode-eval", "mode-single", "mode-func_type", "run"];
if (job !== "mixed" && !jobs.includes(job)) usage(`unknown job ${job}`);
let root = null, out = null, all = false;
const rels = [];
while (argv.length) {
  const a = argv.shift();
  if (a === "--root") root = argv.shift();
  else if (a === "--out") out = argv.shift();
  else if (a === "--all") all = true;
  else if (a === "--list") {
    for (const l of fs.readFileSync(argv.shift(), "utf8").split("\n")) if (l.trim()) rels.push(l.trim());
  } else if (a.startsWith("--")) usage(`unknown flag ${a}`);
  else rels.push(a);
}
if (!root || !out) usage("--root and --out are required");

function walk(dir, prefix) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${ent.name}` : ent.name;
    if (ent.isDirectory()) walk(path.join(dir, ent.name), rel);
    else if (ent.isFile() && ent.name.endsWith(".py")) rels.push(rel);
  }
}
if (all) walk(root, "");

const py = await loadPyodide({ fullStdLib: false });
// Anything Python prints (it should print nothing) goes to our stderr so
// stdout stays the machine-readable summary.
py.setStdout({ batched: (s) => process.stderr.write(s + "\n") });
py.setStderr({ batched: (s) => process.stderr.write(s + "\n") });
py.runPython(fs.readFileSync(path.join(here, "driver.py"), "utf8"), { filename: "driver.py" });
const runJob = py.globals.get("run_job");

// The file is written at its REL path under the interpreter's working
// directory, as it would be when `python3.14 REL` runs from the root: errors
// found after parsing (symbol table, compiler) read their source line back
// from that file, and so show it in the report as real CPython would.
const vroot = "/oracle-root";
py.FS.mkdirTree(vroot);
py.FS.chdir(vroot);
// A program run by the "run" job may import modules beside it, so its
// folder's files are all copied in, once.
const mirrored = new Set();
function mirrorFolder(relDir, whole = false) {
  if (mirrored.has(relDir)) return;
  mirrored.add(relDir);
  const dir = path.join(root, relDir);
  py.FS.mkdirTree(path.posix.join(vroot, relDir));
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.isFile()) py.FS.writeFile(path.posix.join(vroot, relDir, ent.name), fs.readFileSync(path.join(dir, ent.name)));
    // Support packages (folders named "_...") are copied whole, so that
    // cases can import packages and namespace packages beside them.
    else if (ent.isDirectory() && (whole || ent.name.startsWith("_"))) mirrorFolder(path.posix.join(relDir, ent.name), true);
  }
}
let failed = 0;
for (const entry of rels) {
  let rel = entry, thisJob = job;
  if (job === "mixed") {
    const sp = entry.indexOf(" ");
    thisJob = entry.slice(0, sp);
    rel = entry.slice(sp + 1);
    if (!jobs.includes(thisJob)) usage(`unknown job ${thisJob} in --list`);
  }
  const bytes = fs.readFileSync(path.join(root, rel));
  const vpath = path.posix.join(vroot, rel);
  py.FS.mkdirTree(path.posix.dirname(vpath));
  if (thisJob === "run") mirrorFolder(path.posix.dirname(rel));
  py.FS.writeFile(vpath, bytes);
  let res;
  try {
    res = JSON.parse(runJob(thisJob, rel, rel));
  } catch (e) {
    console.error(`oracle: ${rel}: ${e}`);
    failed++;
    continue;
  } finally {
    // A run job's folder stays: its programs import each other.
    if (thisJob !== "run") py.FS.unlink(vpath);
  }
  const base = path.join(out, rel.replace(/\.py$/, ""));
  fs.mkdirSync(path.dirname(base), { recursive: true });
  const suffixes = Object.keys(res).sort();
  for (const s of suffixes) fs.writeFileSync(`${base}.${s}`, res[s]);
  process.stdout.write(`${rel} ${suffixes.join(",")}\n`);
}
runJob.destroy();
process.exit(failed ? 1 : 0);
