// Package nlp is the one adapter over github.com/jdkato/prose/v2. It builds
// the tagging and entity models once, shares them between goroutines,
// recovers the library's internal panics and returns plain types, so that
// nothing else in tipx depends on prose.
//
// Use it only on cleaned body sentences that already hold a figure: prose
// tags cable headers as junk, and its entity extraction costs about 50 µs
// per token.
package nlp
