package vm

import (
	"io/fs"
	"os"
	"sort"
	"sync"

	"github.com/pygo/pygo/py"
	"github.com/pygo/pygo/stdlib"
)

// ModuleInit fills in a module implemented in Go: it receives the new
// module, whose __name__ is already set, and adds its attributes.
type ModuleInit func(t *Thread, m *Module) *py.Exception

var (
	nativeMu      sync.RWMutex
	nativeModules = map[string]ModuleInit{}
)

// RegisterModule makes a module implemented in Go importable under name.
// Packages call it from their init functions; a package of native modules
// is linked into pygo by importing it (see package modules).
func RegisterModule(name string, init ModuleInit) {
	nativeMu.Lock()
	defer nativeMu.Unlock()
	if _, dup := nativeModules[name]; dup {
		panic("vm: module " + name + " registered twice")
	}
	nativeModules[name] = init
}

// NativeModuleNames lists the registered Go modules and the interpreter's
// own (builtins, sys), sorted: sys.builtin_module_names.
func NativeModuleNames() []string {
	nativeMu.RLock()
	defer nativeMu.RUnlock()
	names := []string{"builtins", "sys"}
	for n := range nativeModules {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// builtinModule creates and initialises the Go module name, or returns nil
// when there is none. The module is in sys.modules while its init runs, so
// that an init which imports modules importing it back sees it.
func builtinModule(t *Thread, name string) (Object, *py.Exception) {
	nativeMu.RLock()
	init := nativeModules[name]
	nativeMu.RUnlock()
	if init == nil {
		return nilObj, nil
	}
	m := NewModule(name)
	key := py.Intern(name)
	t.interp.Modules.SetStr(key, m.Obj())
	if e := init(t, m); e != nil {
		t.interp.Modules.Delete(t.P, key.Obj())
		return nilObj, e
	}
	return m.Obj(), nil
}

// readSource reads a module's source, from the embedded library when the
// path lies under stdlib.Dir.
func readSource(path string) ([]byte, error) {
	if stdlib.Contains(path) {
		return stdlib.ReadFile(path)
	}
	return os.ReadFile(path)
}

// statFile describes a file or folder on the import path.
func statFile(path string) (fs.FileInfo, error) {
	if stdlib.Contains(path) {
		return stdlib.Stat(path)
	}
	return os.Stat(path)
}
