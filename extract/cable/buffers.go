package cable

import (
	"math/bits"
	"sync"
)

// Document buffers are reused: a corpus run reads hundreds of megabytes,
// one document at a time, and a fresh buffer per document (zeroed, then
// collected) was a third of what the run allocated. Buffers come in
// power-of-two sizes from 4 KiB; one of more than maxMember is never kept.
const minBufClass = 12

var bufPools [bits.UintSize]sync.Pool // by log2 of the capacity

// getBuf returns a buffer of length n whose contents are undefined, with
// room for one more byte.
func getBuf(n int) []byte {
	c := max(bits.Len(uint(n)), minBufClass) // 1<<c > n
	if n+1 > maxMember+1 || c >= len(bufPools) {
		return make([]byte, n, n+1)
	}
	if p, ok := bufPools[c].Get().(*[]byte); ok {
		return (*p)[:n]
	}
	return make([]byte, n, 1<<c)
}

// putBuf gives b back for reuse; b must not be used after. A buffer that
// did not come from getBuf (its capacity is no pooled size) is dropped.
func putBuf(b []byte) {
	c := bits.Len(uint(cap(b))) - 1
	if c < minBufClass || c >= len(bufPools) || cap(b) != 1<<c || cap(b) > 2*maxMember {
		return
	}
	b = b[:0]
	bufPools[c].Put(&b)
}
