// Package testcorpus gives tests and fuzz targets lines of the shared cable
// corpus (../shared/corpus beside the repository) to seed from. It returns
// nothing when the corpus is absent, so callers still run on their own seeds.
package testcorpus
