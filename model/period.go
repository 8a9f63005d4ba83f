package model

import (
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar day. The zero Date is "no date" and is written as null.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// DateOf returns the calendar day of t (in t's location).
func DateOf(t time.Time) Date { y, m, d := t.Date(); return Date{y, m, d} }

// NewDate normalises y-m-d like time.Date does (day 0 is the last day of the
// previous month).
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// Time returns d at midnight UTC.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.Time().Before(e.Time()) }

// String is YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// ParseDate reads YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("parse date %q: %w", s, err)
	}
	return DateOf(t), nil
}

// MarshalJSON writes "YYYY-MM-DD" or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads "YYYY-MM-DD" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == nil || *s == "" {
		*d = Date{}
		return nil
	}
	x, err := ParseDate(*s)
	if err != nil {
		return err
	}
	*d = x
	return nil
}

// Period is the time a figure covers: Start..End inclusive, and the words
// that gave it. A reporting period whose bounds the document does not state
// has zero Start and End.
type Period struct {
	Start Date   `json:"start"`
	End   Date   `json:"end"`
	Text  string `json:"text"`
}

// Bounded reports whether both ends are known.
func (p Period) Bounded() bool { return !p.Start.IsZero() && !p.End.IsZero() }

// FullYear returns the calendar year p covers exactly, or 0.
func (p Period) FullYear() int {
	if p.Bounded() && p.Start.Year == p.End.Year && p.Start.Month == time.January && p.Start.Day == 1 &&
		p.End.Month == time.December && p.End.Day == 31 {
		return p.Start.Year
	}
	return 0
}

// String is "START..END" or the text when unbounded.
func (p Period) String() string {
	if !p.Bounded() {
		return p.Text
	}
	return p.Start.String() + ".." + p.End.String()
}

// Money is an amount with its currency, a USD equivalent stated in the text
// (never computed) and the rate it is paid at, if any.
type Money struct {
	Amount   float64
	Currency string   // ISO 4217 code
	USD      *float64 // stated equivalent in USD; nil when not stated or Currency is USD
	Per      Per
}
