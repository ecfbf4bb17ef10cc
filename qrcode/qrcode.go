// Package qrcode encodes a page's address as a QR code (ISO/IEC 18004), for
// the share image of a chart (web/downloads.js draws it): Chinese news
// graphics carry the address of their page so, for a reader to scan from a
// phone. It writes bytes in byte mode at the lowest level of error
// correction (L), which keeps the code smallest for a long address, and
// picks the mask of least penalty. It is written here, not taken from a
// module, to keep fmt and image out of the page's WebAssembly (rsc.io/qr
// would add 185 kB gzipped).
package qrcode

import (
	"errors"
	"strconv"
	"strings"
)

// MaxText is the longest address encoded, in bytes: a code of 157 modules
// a side (version 35), which a phone still reads off the share image (four
// image pixels a module). A link that carries a reader's own targets
// (about 1,700 bytes for ten) may be longer: the image then says so
// instead of a code.
const MaxText = 2300

// ErrTooLong is the error of an address longer than MaxText.
var ErrTooLong = errors.New("qrcode: the address is longer than " + strconv.Itoa(MaxText) + " bytes")

// A Code is a QR code: Size modules a side, and Bits, Size rows of Size
// characters, '1' for a dark module and '0' for a light one.
type Code struct {
	Size int    `json:"size"`
	Bits string `json:"bits"`
}

// eccPerBlock and blocks are, for each version (1–40) at level L, the
// error correction codewords of a block and the number of blocks.
var (
	eccPerBlock = [41]int{0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30}
	blocks      = [41]int{0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25}
)

// rawModules is the number of modules of version v that hold data and
// error correction: all but the function patterns and format and version
// information.
func rawModules(v int) int {
	n := (16*v+128)*v + 64
	if v >= 2 {
		align := v/7 + 2
		n -= (25*align-10)*align - 55
		if v >= 7 {
			n -= 36
		}
	}
	return n
}

// dataCodewords is the number of 8-bit data codewords of version v at L.
func dataCodewords(v int) int { return rawModules(v)/8 - eccPerBlock[v]*blocks[v] }

// Encode returns the QR code of text, in byte mode at level L.
func Encode(text string) (Code, error) {
	if len(text) > MaxText {
		return Code{}, ErrTooLong
	}
	v := 1
	for ; ; v++ {
		count := 8
		if v >= 10 {
			count = 16
		}
		if 4+count+8*len(text) <= 8*dataCodewords(v) {
			break
		}
	}
	data := dataBits(text, v)
	q := newGrid(v)
	q.draw(interleave(data, v))
	best, least := 0, -1
	for mask := 0; mask < 8; mask++ {
		q.apply(mask)
		q.format(mask)
		if p := q.penalty(); least < 0 || p < least {
			best, least = mask, p
		}
		q.apply(mask) // undo: a mask is its own inverse
	}
	q.apply(best)
	q.format(best)
	var b strings.Builder
	b.Grow(q.size * q.size)
	for _, row := range q.dark {
		for _, d := range row {
			b.WriteByte("01"[btoi(d)])
		}
	}
	return Code{Size: q.size, Bits: b.String()}, nil
}

// dataBits is text's data codewords for version v: the byte mode's
// indicator and count, the bytes, a terminator and the pad codewords.
func dataBits(text string, v int) []byte {
	var bits []bool
	put := func(x, n int) {
		for i := n - 1; i >= 0; i-- {
			bits = append(bits, x>>i&1 == 1)
		}
	}
	put(0b0100, 4)
	if v < 10 {
		put(len(text), 8)
	} else {
		put(len(text), 16)
	}
	for i := 0; i < len(text); i++ {
		put(int(text[i]), 8)
	}
	capacity := 8 * dataCodewords(v)
	put(0, min(4, capacity-len(bits)))
	put(0, (8-len(bits)%8)%8)
	for pad := 0xEC; len(bits) < capacity; pad ^= 0xEC ^ 0x11 {
		put(pad, 8)
	}
	out := make([]byte, len(bits)/8)
	for i, b := range bits {
		if b {
			out[i/8] |= 0x80 >> (i % 8)
		}
	}
	return out
}

// interleave splits data into the blocks of version v, adds each block's
// Reed–Solomon codewords, and interleaves them as the symbol holds them.
func interleave(data []byte, v int) []byte {
	nb, ecc := blocks[v], eccPerBlock[v]
	raw := rawModules(v) / 8
	short := nb - raw%nb // blocks one data codeword shorter
	shortLen := raw / nb
	gen := generator(ecc)
	var parts [][]byte
	for i, k := 0, 0; i < nb; i++ {
		n := shortLen - ecc
		if i >= short {
			n++
		}
		block := append([]byte(nil), data[k:k+n]...)
		k += n
		parts = append(parts, append(block, remainder(block, gen)...))
	}
	out := make([]byte, 0, raw)
	for i := 0; i <= shortLen; i++ {
		for j, p := range parts {
			// A short block has no codeword at the long blocks' last data place.
			at := i
			if j < short && i >= shortLen-ecc {
				if i == shortLen-ecc {
					continue
				}
				at = i - 1
			}
			if at < len(p) {
				out = append(out, p[at])
			}
		}
	}
	return out
}

// mul multiplies in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
func mul(x, y byte) byte {
	var z byte
	for i := 7; i >= 0; i-- {
		z = z<<1 ^ (z>>7)*0x1D
		z ^= (y >> i & 1) * x
	}
	return z
}

// generator is the Reed–Solomon generator polynomial of degree n (its
// coefficients after the leading 1, highest power first).
func generator(n int) []byte {
	g := make([]byte, n)
	g[n-1] = 1
	root := byte(1)
	for i := 0; i < n; i++ {
		for j := range g {
			g[j] = mul(g[j], root)
			if j+1 < n {
				g[j] ^= g[j+1]
			}
		}
		root = mul(root, 2)
	}
	return g
}

// remainder is data's Reed–Solomon error correction codewords for gen.
func remainder(data, gen []byte) []byte {
	r := make([]byte, len(gen))
	for _, b := range data {
		f := b ^ r[0]
		copy(r, r[1:])
		r[len(r)-1] = 0
		for i := range r {
			r[i] ^= mul(gen[i], f)
		}
	}
	return r
}

// grid is a symbol being made: its modules and which are function modules.
type grid struct {
	size           int
	dark, function [][]bool
}

// newGrid returns the symbol of version v with its function patterns.
func newGrid(v int) *grid {
	q := &grid{size: 17 + 4*v}
	q.dark, q.function = make([][]bool, q.size), make([][]bool, q.size)
	for y := range q.dark {
		q.dark[y], q.function[y] = make([]bool, q.size), make([]bool, q.size)
	}
	for i := 0; i < q.size; i++ {
		q.set(6, i, i%2 == 0)
		q.set(i, 6, i%2 == 0)
	}
	for _, c := range [][2]int{{3, 3}, {q.size - 4, 3}, {3, q.size - 4}} {
		for dy := -4; dy <= 4; dy++ {
			for dx := -4; dx <= 4; dx++ {
				x, y := c[0]+dx, c[1]+dy
				if x >= 0 && x < q.size && y >= 0 && y < q.size {
					d := max(abs(dx), abs(dy))
					q.set(x, y, d != 2 && d != 4)
				}
			}
		}
	}
	pos := alignments(v)
	for i, x := range pos {
		for j, y := range pos {
			if i == 0 && j == 0 || i == 0 && j == len(pos)-1 || i == len(pos)-1 && j == 0 {
				continue // the finders' corners
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					q.set(x+dx, y+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	q.format(0) // reserves the format modules; Encode writes them
	if v >= 7 {
		rem := v
		for i := 0; i < 12; i++ {
			rem = rem<<1 ^ (rem>>11)*0x1F25
		}
		bits := v<<12 | rem
		for i := 0; i < 18; i++ {
			a, b := q.size-11+i%3, i/3
			q.set(a, b, bits>>i&1 == 1)
			q.set(b, a, bits>>i&1 == 1)
		}
	}
	return q
}

// alignments are the centres of version v's alignment patterns, on each axis.
func alignments(v int) []int {
	if v == 1 {
		return nil
	}
	n := v/7 + 2
	step := (v*8 + n*3 + 5) / (n*4 - 4) * 2
	pos := make([]int, n)
	pos[0] = 6
	for i, p := n-1, 17+4*v-7; i >= 1; i, p = i-1, p-step {
		pos[i] = p
	}
	return pos
}

// set makes module (x, y) a function module, dark or light.
func (q *grid) set(x, y int, dark bool) {
	q.dark[y][x], q.function[y][x] = dark, true
}

// format writes the format information of level L and mask.
func (q *grid) format(mask int) {
	data := 1<<3 | mask // L is 01
	rem := data
	for i := 0; i < 10; i++ {
		rem = rem<<1 ^ (rem>>9)*0x537
	}
	bits := (data<<10 | rem) ^ 0x5412
	bit := func(i int) bool { return bits>>i&1 == 1 }
	for i := 0; i <= 5; i++ {
		q.set(8, i, bit(i))
	}
	q.set(8, 7, bit(6))
	q.set(8, 8, bit(7))
	q.set(7, 8, bit(8))
	for i := 9; i < 15; i++ {
		q.set(14-i, 8, bit(i))
	}
	for i := 0; i < 8; i++ {
		q.set(q.size-1-i, 8, bit(i))
	}
	for i := 8; i < 15; i++ {
		q.set(8, q.size-15+i, bit(i))
	}
	q.set(8, q.size-8, true) // the dark module
}

// draw places the codewords in the zigzag of two-module columns.
func (q *grid) draw(codewords []byte) {
	i := 0
	for right := q.size - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5 // the vertical timing pattern
		}
		for vert := 0; vert < q.size; vert++ {
			for j := 0; j < 2; j++ {
				x := right - j
				y := vert
				if (right+1)&2 == 0 {
					y = q.size - 1 - vert // upwards
				}
				if !q.function[y][x] && i < len(codewords)*8 {
					q.dark[y][x] = codewords[i/8]>>(7-i%8)&1 == 1
					i++
				}
			}
		}
	}
}

// apply flips the data modules that mask selects.
func (q *grid) apply(mask int) {
	for y := 0; y < q.size; y++ {
		for x := 0; x < q.size; x++ {
			var flip bool
			switch mask {
			case 0:
				flip = (x+y)%2 == 0
			case 1:
				flip = y%2 == 0
			case 2:
				flip = x%3 == 0
			case 3:
				flip = (x+y)%3 == 0
			case 4:
				flip = (x/3+y/2)%2 == 0
			case 5:
				flip = x*y%2+x*y%3 == 0
			case 6:
				flip = (x*y%2+x*y%3)%2 == 0
			default:
				flip = ((x+y)%2+x*y%3)%2 == 0
			}
			if flip && !q.function[y][x] {
				q.dark[y][x] = !q.dark[y][x]
			}
		}
	}
}

// penalty scores the symbol as the standard does (lower reads better):
// runs of five or more, 2×2 blocks, finder-like patterns, and a balance of
// dark and light.
func (q *grid) penalty() int {
	p, darkCount := 0, 0
	at := func(x, y int, byRow bool) bool {
		if byRow {
			return q.dark[y][x]
		}
		return q.dark[x][y]
	}
	for _, byRow := range []bool{true, false} {
		for a := 0; a < q.size; a++ {
			run := 0
			var line strings.Builder
			for b := 0; b < q.size; b++ {
				d := at(b, a, byRow)
				line.WriteByte("01"[btoi(d)])
				if b > 0 && d == at(b-1, a, byRow) {
					run++
				} else {
					run = 1
				}
				if run == 5 {
					p += 3
				} else if run > 5 {
					p++
				}
			}
			s := "0000" + line.String() + "0000"
			p += 40 * (strings.Count(s, "10111010000") + strings.Count(s, "00001011101"))
		}
	}
	for y := 0; y < q.size; y++ {
		for x := 0; x < q.size; x++ {
			if q.dark[y][x] {
				darkCount++
			}
			if x+1 < q.size && y+1 < q.size {
				d := q.dark[y][x]
				if q.dark[y][x+1] == d && q.dark[y+1][x] == d && q.dark[y+1][x+1] == d {
					p += 3
				}
			}
		}
	}
	total := q.size * q.size
	p += 10 * (abs(darkCount*20-total*10) + total - 1) / total
	return p
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
