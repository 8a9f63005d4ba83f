package extract

import "testing"

func TestLocalCurrency(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Chile", "CLP"}, {"Egypt", "EGP"}, {"Azerbaijan", "AZN"}, {"Iceland", "ISK"},
		{"Costa Rica", "CRC"}, {"Atlantis", ""},
	}
	for _, tt := range tests {
		if got := localCurrency(tt.in); got != tt.want {
			t.Errorf("localCurrency(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
