package qrcode

import (
	"errors"
	"image"
	"image/color"
	"strings"
	"testing"

	"xigong/internal/qrread"
)

// picture draws c at scale pixels a module, with the quiet zone of four
// modules that readers need.
func picture(c Code, scale int) image.Image {
	side := (c.Size + 8) * scale
	img := image.NewGray(image.Rect(0, 0, side, side))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	for y := 0; y < c.Size; y++ {
		for x := 0; x < c.Size; x++ {
			if c.Bits[y*c.Size+x] == '1' {
				for dy := 0; dy < scale; dy++ {
					for dx := 0; dx < scale; dx++ {
						img.SetGray((x+4)*scale+dx, (y+4)*scale+dy, color.Gray{})
					}
				}
			}
		}
	}
	return img
}

func TestEncode(t *testing.T) {
	tests := []struct {
		name, text string
		size       int
	}{
		{"a short address", "https://example.org/xigong/?lang=zh", 29},
		{"a scenario", "https://example.org/xigong/?lang=en#v1.gdp=9", 29},
		{"Chinese in the address", "https://example.org/xigong/?region=西工区", 29},
		{"a reader's targets", "https://example.org/xigong/#d1." + strings.Repeat("AbC-_9", 250), 133},
		{"the longest", strings.Repeat("https://example.org/xigong/#d1.AbC-_9", 70)[:MaxText], 157},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Encode(tt.text)
			if err != nil {
				t.Fatal(err)
			}
			if c.Size != tt.size || len(c.Bits) != c.Size*c.Size || strings.Trim(c.Bits, "01") != "" {
				t.Fatalf("got a code of %d modules a side and %d bits; want %d a side, %d bits of 0 and 1", c.Size, len(c.Bits), tt.size, tt.size*tt.size)
			}
			if got, err := qrread.Text(picture(c, 2)); got != tt.text {
				t.Errorf("the code reads %q (%v); want %q", got, err, tt.text)
			}
		})
	}
}

// TestEveryVersion fills each version to its capacity: the code is of that
// version and reads back.
func TestEveryVersion(t *testing.T) {
	for v := 1; v <= 40; v++ {
		count := 8
		if v >= 10 {
			count = 16
		}
		n := (8*dataCodewords(v) - 4 - count) / 8
		if n > MaxText {
			break
		}
		text := strings.Repeat("https://example.org/xigong/#d1.AbC-_9", 100)[:n]
		c, err := Encode(text)
		if err != nil {
			t.Fatal(err)
		}
		if c.Size != 17+4*v {
			t.Errorf("%d bytes: %d modules a side; want version %d, %d", n, c.Size, v, 17+4*v)
		}
		if got, err := qrread.Text(picture(c, 2)); got != text {
			t.Errorf("version %d (%d bytes): reads %.40q (%v); want the text", v, n, got, err)
		}
	}
}

// TestCodewords checks the count of codewords of some versions against the
// standard's table (ISO/IEC 18004, table 9: total codewords).
func TestCodewords(t *testing.T) {
	for _, tt := range []struct{ v, total, data int }{{1, 26, 19}, {7, 196, 156}, {14, 581, 461}, {21, 1156, 932}, {40, 3706, 2956}} {
		if got := rawModules(tt.v) / 8; got != tt.total {
			t.Errorf("version %d: %d codewords; want %d", tt.v, got, tt.total)
		}
		if got := dataCodewords(tt.v); got != tt.data {
			t.Errorf("version %d: %d data codewords at L; want %d", tt.v, got, tt.data)
		}
	}
}

func TestEncodeTooLong(t *testing.T) {
	if _, err := Encode(strings.Repeat("a", MaxText+1)); !errors.Is(err, ErrTooLong) {
		t.Errorf("Encode(%d bytes) error = %v; want ErrTooLong", MaxText+1, err)
	}
	if _, err := Encode(strings.Repeat("a", MaxText)); err != nil {
		t.Errorf("Encode(%d bytes) error = %v; want none", MaxText, err)
	}
}
