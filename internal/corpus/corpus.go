// Package corpus gives tests the CPython 3.14 standard library sources that
// several suites parse, compile or compare against the oracle: the .py files
// of the pinned oracle package's python_stdlib.zip, extracted once into the
// user cache directory (never committed) and shared by every package's tests.
package corpus

import (
	"archive/zip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// ZipRel is the stdlib zip's path relative to the repository root.
const ZipRel = "tools/oracle/node_modules/pyodide/python_stdlib.zip"

// Size is the number of .py files in the pinned zip.
const Size = 559

// Src returns a directory holding the extracted .py files, extracting them
// on first use. Concurrent callers (test packages run in parallel) each
// extract into a private directory and rename it into place; the loser of
// the race uses the winner's copy.
func Src() (string, error) {
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	zipPath := filepath.Join(root, ZipRel)
	data, err := os.ReadFile(zipPath)
	if err != nil {
		return "", fmt.Errorf("stdlib corpus: %w (install the oracle: cd tools/oracle && npm ci)", err)
	}
	sum := sha256.Sum256(data)
	base, err := os.UserCacheDir()
	if err != nil {
		base = os.TempDir()
	}
	dir := filepath.Join(base, "pygo-oracle", "stdlib-"+hex.EncodeToString(sum[:12]))
	if _, err := os.Stat(filepath.Join(dir, "complete")); err == nil {
		return filepath.Join(dir, "src"), nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "extracting-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := extract(zipPath, filepath.Join(tmp, "src")); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(tmp, "complete"), nil, 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, serr := os.Stat(filepath.Join(dir, "complete")); serr != nil {
			return "", err
		}
	}
	return filepath.Join(dir, "src"), nil
}

// repoRoot finds the module root by walking up from the working directory
// (a package's tests run in its own directory).
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("stdlib corpus: no go.mod above the working directory")
		}
		dir = parent
	}
}

func extract(zipPath, dest string) error {
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return err
	}
	defer zr.Close()
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".py") || strings.Contains(f.Name, "..") || strings.HasPrefix(f.Name, "/") {
			continue
		}
		p := filepath.Join(dest, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		r, err := f.Open()
		if err != nil {
			return err
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// RunScript runs a Python script under the project's pinned oracle
// (tools/oracle, CPython 3.14 on pyodide) with a bundle.json beside it
// holding sources (name -> text), and decodes the JSON object the script
// prints: name -> answer. Suites use it to ask CPython about many sources
// in one interpreter start-up.
func RunScript(script []byte, sources map[string]string) (map[string]string, error) {
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "pygo-oracle-script-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	bundle, err := json.Marshal(sources)
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "script.py"), script, 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "bundle.json"), bundle, 0o644); err != nil {
		return nil, err
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command("node", filepath.Join(root, "tools", "oracle", "oracle.mjs"), "run", "--root", dir, "--out", out, "script.py")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("oracle: %v\n%s", err, stderr.String())
	}
	data, err := os.ReadFile(filepath.Join(out, "script.out"))
	if err != nil {
		return nil, err
	}
	res := map[string]string{}
	if err := json.Unmarshal(data, &res); err != nil {
		errText, _ := os.ReadFile(filepath.Join(out, "script.err"))
		return nil, fmt.Errorf("oracle output: %v\n%s", err, errText)
	}
	return res, nil
}

// OracleAvailable reports whether the pinned oracle can run (node and the
// installed npm package).
func OracleAvailable() error {
	if _, err := exec.LookPath("node"); err != nil {
		return err
	}
	root, err := repoRoot()
	if err != nil {
		return err
	}
	_, err = os.Stat(filepath.Join(root, ZipRel))
	return err
}
