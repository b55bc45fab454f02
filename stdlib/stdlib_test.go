package stdlib

import "testing"

func TestEmbedded(t *testing.T) {
	b, err := ReadFile(Dir + "/__phello__.py")
	if err != nil || len(b) == 0 {
		t.Fatalf("ReadFile: %v", err)
	}
	if _, err := ReadFile("/lib/other/__phello__.py"); err == nil {
		t.Fatal("read a file outside Dir")
	}
	if st, err := Stat(Dir); err != nil || !st.IsDir() {
		t.Fatalf("Stat(Dir) = %v, %v", st, err)
	}
	if !Contains(Dir+"/json/__init__.py") || Contains(Dir+"x/a.py") {
		t.Fatal("Contains")
	}
}
