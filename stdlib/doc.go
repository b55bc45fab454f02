// Package stdlib holds the part of pygo's standard library written in
// Python. The files under lib/ are embedded in the binary and appear to
// Python code under Dir, a sys.path entry that the importer and the
// traceback printer read from the embedded files instead of the disk.
//
// Modules that need speed or the operating system are written in Go
// instead, under CPython's C-module names, in the packages under
// modules/; they register themselves with vm.RegisterModule.
package stdlib

import (
	"embed"
	"io/fs"
	"strings"
)

// Dir is where the embedded library appears on sys.path. It is the place
// CPython itself looks for a zipped standard library under prefix "/",
// so module __file__s and traceback paths read as CPython's do.
const Dir = "/lib/python314.zip"

//go:embed all:lib
var files embed.FS

// FS is the embedded library, rooted at lib/.
var FS fs.FS

func init() {
	sub, err := fs.Sub(files, "lib")
	if err != nil {
		panic(err) // the embed pattern guarantees lib/ exists
	}
	FS = sub
}

// rel maps a path under Dir to a path in FS.
func rel(path string) (string, bool) {
	if path == Dir {
		return ".", true
	}
	if !strings.HasPrefix(path, Dir+"/") {
		return "", false
	}
	return strings.TrimPrefix(path, Dir+"/"), true
}

// Contains reports whether path lies under Dir.
func Contains(path string) bool {
	_, ok := rel(path)
	return ok
}

// ReadFile reads a file of the embedded library by its path under Dir.
func ReadFile(path string) ([]byte, error) {
	r, ok := rel(path)
	if !ok {
		return nil, fs.ErrNotExist
	}
	return fs.ReadFile(FS, r)
}

// Stat describes a file of the embedded library by its path under Dir.
func Stat(path string) (fs.FileInfo, error) {
	r, ok := rel(path)
	if !ok {
		return nil, fs.ErrNotExist
	}
	return fs.Stat(FS, r)
}
