// Package testcorpus locates the shared directory beside the repository
// (../shared: the cable corpus and the answer key) for tests: Path gives a
// path under it, Require gives one or skips the test when it is absent.
// Lines gives fuzz targets lines of the corpus to seed from; it returns
// nothing when the corpus is absent, so callers still run on their own
// seeds. It imports nothing of the project, so that any package's tests
// can use it.
package testcorpus
