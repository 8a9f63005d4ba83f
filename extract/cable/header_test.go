package cable

import (
	"reflect"
	"testing"
)

func TestSplitTags(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"PGOV KDEM PHUM PREL PINR KTIP AJ", []string{"PGOV", "KDEM", "PHUM", "PREL", "PINR", "KTIP", "AJ"}},
		{"PGOV, PINS, ZI, MDC, ZANU-PF", []string{"PGOV", "PINS", "ZI", "MDC", "ZANU-PF"}},
		{"POGOV KTIP CS", []string{"PGOV", "KTIP", "CS"}},
		{"KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG", []string{"KFRD", "KIRF", "CVIS", "CMGT", "KOCI", "ASEC", "PHUM", "SMIG", "EG"}},
		{"PGOVLO KTIP", []string{"PGOV", "LO", "KTIP"}},
		{"mtcre, parm, prel, ir", []string{"MTCRE", "PARM", "PREL", "IR"}},
		{"PHUM PHUM", []string{"PHUM"}},
	}
	for _, tt := range tests {
		if got := splitTags(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitTags(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRepairID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"08ECTION01OF02MANAMA492", "08MANAMA492"},
		{"08SECTION01OF03MANAMA14", "08MANAMA14"},
		{"09BAKU677", "09BAKU677"},
		{" 10STATE2094 ", "10STATE2094"},
	}
	for _, tt := range tests {
		if got := repairID(tt.in); got != tt.want {
			t.Errorf("repairID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReferences(t *testing.T) {
	tests := []struct {
		in   string
		year int
		want []string
	}{
		{"(A) STATE 3836, (B) 05 REYKJAVIK 95 (NOTAL), (C) 04 REYKJAVIK 92 (NOTAL)", 2006,
			[]string{"06STATE3836", "05REYKJAVIK95", "04REYKJAVIK92"}},
		{"A. MANAMA 652 B. STATE 111956", 2009, []string{"09MANAMA652", "09STATE111956"}},
		{"GUAYAQUIL 107", 2005, []string{"05GUAYAQUIL107"}},
		{"BUENOS AIRES 1208", 2007, []string{"07BUENOSAIRES1208"}},
		{"IIR 6 899 0027 10", 2009, nil},
	}
	for _, tt := range tests {
		if got := references(tt.in, tt.year); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("references(%q, %d) = %q, want %q", tt.in, tt.year, got, tt.want)
		}
	}
}

func TestCountryOf(t *testing.T) {
	tests := []struct {
		origin, post string
		tags         []string
		want         string
	}{
		{"Embassy Baku", "BAKU", []string{"PGOV", "AJ"}, "Azerbaijan"},
		{"Consulate Istanbul", "", []string{"TU", "BO", "MD"}, "Turkey"},
		{"Consulate Sao Paulo", "", nil, "Brazil"},
		{"Consulate Naples", "", nil, "Italy"},
		{"American Institute Taiwan, Taipei", "", nil, "Taiwan"},
		{"Secretary of State", "STATE", []string{"KTIP", "PREL", "BA"}, "Bahrain"},
		{"USUN New York", "", []string{"PREL", "US", "IC"}, "Iceland"},
		{"US Mission Geneva", "", []string{"PHUM", "UNHRC"}, ""},
		{"Iran RPO Dubai", "", []string{"PREL", "IR"}, "Iran"},
		{"", "SAN JOSE", nil, "Costa Rica"},
		{"TESTPOST", "TESTPOST", []string{"KTIP", "LY"}, "Libya"},
	}
	for _, tt := range tests {
		if got := countryOf(tt.origin, tt.post, tt.tags); got != tt.want {
			t.Errorf("countryOf(%q, %q, %q) = %q, want %q", tt.origin, tt.post, tt.tags, got, tt.want)
		}
	}
}

func TestParagraphStart(t *testing.T) {
	tests := []struct {
		in     string
		n      int
		prefix int
		ok     bool
	}{
		{"6. (C) In response", 6, 7, true},
		{"¶1. (U) Summary", 1, 9, true},
		{"4-12. The rest", 4, 6, true},
		{"1.(C) SUMMARY.", 1, 6, true},
		{"2003. Currently only", 0, 0, false},
		{"12 beds", 0, 0, false},
		{"18A.  (SBU)  Costa Rica", 18, 13, true},
		{"27.B. (SBU) Colombia", 27, 12, true},
		{"20A-B.  (SBU)  Costa Rica", 20, 15, true},
		{"1 . (U) Leaders", 1, 8, true},
		{"(C) 1. Summary", 1, 7, true},
		{"¶16. (c) comment", 16, 10, true},
		{"¶5.", 5, 4, true},
		{"1) The first", 0, 0, false},
		{"A. The first", 0, 0, false},
		{"1.5 million", 0, 0, false},
		{"1.U.S. officials", 0, 0, false},
	}
	for _, tt := range tests {
		n, prefix, ok := paraStart([]byte(tt.in))
		if n != tt.n || prefix != tt.prefix || ok != tt.ok {
			t.Errorf("paraStart(%q) = %d, %d, %v, want %d, %d, %v", tt.in, n, prefix, ok, tt.n, tt.prefix, tt.ok)
		}
	}
}
