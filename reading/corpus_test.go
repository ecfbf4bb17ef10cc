package reading

import (
	"os"
	"path/filepath"
	"testing"
)

// loadCorpus reads testdata/corpus.
func loadCorpus(t *testing.T) []Sample {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var out []Sample
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, err := ParseSample(filepath.Base(f), string(b))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestCorpus reads every paragraph of the corpus and checks the reading
// against the expected: the floors are the scores reached, so that a change
// that reads worse fails.
func TestCorpus(t *testing.T) {
	samples := loadCorpus(t)
	sc := Grade(samples)
	t.Log("\n" + sc.Report(samples))
	if len(samples) < 25 {
		t.Errorf("corpus of %d paragraphs; want at least 25", len(samples))
	}
	if p, r := sc.All.Precision(), sc.All.Recall(); p < floorPrecision || r < floorRecall {
		t.Errorf("precision %.3f, recall %.3f; want at least %.3f and %.3f", p, r, floorPrecision, floorRecall)
	}
}
