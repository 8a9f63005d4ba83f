package cable

import (
	"errors"
	"io"
	"os"
)

// InputSize returns how many bytes a run reads from the file at p: its
// size, or for a gzip or xz file the size of what it holds, read from the
// file's trailer (gzip: the size modulo 4 GiB; xz: the index of every
// stream). It is what the progress of a run over archives is measured
// against.
func InputSize(p string) (int64, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return 0, err
	}
	size := st.Size()
	head := make([]byte, 6)
	if n, _ := f.ReadAt(head, 0); n < len(head) {
		return size, nil
	}
	switch {
	case string(head) == string(xzMagic):
		if u, err := xzUnpacked(f, size); err == nil {
			return u, nil
		}
	case string(head[:2]) == string(gzipMagic) && size >= 18:
		var t [4]byte
		if _, err := f.ReadAt(t[:], size-4); err == nil {
			if u := int64(le32(t[:])); u > 0 {
				return u, nil
			}
		}
	}
	return size, nil
}

var errXZIndex = errors.New("xz index not readable")

// xzUnpacked sums the uncompressed sizes in the indexes of the xz streams
// of r, read from the end: each stream ends in a 12-byte footer giving the
// size of its index, whose records give each block's unpadded and
// uncompressed sizes; stream padding (zero bytes) may follow a stream.
func xzUnpacked(r io.ReaderAt, size int64) (int64, error) {
	var total int64
	end := size
	for end > 0 {
		var foot [12]byte
		for end >= 4 { // skip stream padding
			if _, err := r.ReadAt(foot[:4], end-4); err != nil {
				return 0, err
			}
			if le32(foot[:4]) != 0 {
				break
			}
			end -= 4
		}
		if end < 24 {
			return 0, errXZIndex
		}
		if _, err := r.ReadAt(foot[:], end-12); err != nil {
			return 0, err
		}
		if foot[10] != 'Y' || foot[11] != 'Z' {
			return 0, errXZIndex
		}
		indexSize := (int64(le32(foot[4:8])) + 1) * 4
		start := end - 12 - indexSize
		if start < 12 || indexSize > 1<<26 {
			return 0, errXZIndex
		}
		index := make([]byte, indexSize)
		if _, err := r.ReadAt(index, start); err != nil {
			return 0, err
		}
		if index[0] != 0 {
			return 0, errXZIndex
		}
		i := 1
		records, ok := uvarint(index, &i)
		if !ok || records > uint64(indexSize) {
			return 0, errXZIndex
		}
		var blocks int64
		for range records {
			unpadded, ok1 := uvarint(index, &i)
			unpacked, ok2 := uvarint(index, &i)
			if !ok1 || !ok2 || unpadded > uint64(size) {
				return 0, errXZIndex
			}
			blocks += (int64(unpadded) + 3) &^ 3
			total += int64(unpacked)
		}
		end = start - blocks - 12 // the stream header
		if end < 0 {
			return 0, errXZIndex
		}
	}
	return total, nil
}

// uvarint reads an xz multibyte integer (at most 9 bytes, 7 bits each,
// little end first) from b at *i.
func uvarint(b []byte, i *int) (uint64, bool) {
	var v uint64
	for k := 0; k < 9 && *i < len(b); k++ {
		c := b[*i]
		*i++
		v |= uint64(c&0x7f) << (7 * k)
		if c&0x80 == 0 {
			return v, true
		}
	}
	return 0, false
}

// le32 reads a little-endian uint32.
func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}
