// Package model holds the typed records of tipx: a Cable read from a
// document, and the Figure records extracted from it, with their Metric,
// Unit, Qualifier, Period and Money. It does no I/O.
//
// The JSON form of a Figure is the record format of FIGURES.md: field names
// and order are fixed, and absent values are written as null.
package model
