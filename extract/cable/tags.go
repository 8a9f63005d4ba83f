package cable

import (
	"strings"
)

// subjectTags are the subject tags of the TAGS line seen at least four times
// in the 6,712-cable archive; with the country codes they are the tags
// run-together and misspelt tags are mended against.
var subjectTags = strings.Fields(`
	PREL PGOV ECON PHUM PINR PTER ETRD MARR EFIN PARM MOPS SNAR ENRG EINV ASEC SOCI KCRM KDEM KNNP ETTC MASS EAID NATO EPET ELAB PINS SENV MNUC
	EAGR KJUS KPAO PREF UNSC KISL KPAL UNGA EUN AORC CASC OVIP CVIS KCOR SMIG MCAP EAIR KWMN KIPR TRGY SCUL PBTS KSCA KIRF KTFN IAEA TBIO EWWT
	ECPS KPKO KWBG KTIP EIND AMGT OTRA KTIA KFRD ECIN OREP KGHG PHSA OSCE KOMC OPRC EMIN KSUM AEMR TSPL OPDC AFIN OAS CMGT KHLS KUNR KFLO KFLU
	EFIS BEXP TSPA MTCRE UNHRC KMDR KCFE KGIC TIP KAWC OEXC NPT UNMIK FTAA ABLD OIIP ELTN USTR IWC CJAN APER KSTH OPIC KSTC KSEP KPRP
	CBW TPHY KMPI KDRG EINT CPAS BTIO PROP KTDB WTRO ODIP KVPR KMCA KBIO CWC PNAT KRAD KBCT KAWK TNGD OPCW KICC KBTR ICRC
	CONS UNHCR OFDP OECD KSPR KIDE KACT ICAO HSTC ENIV OSCI OPAD NASA MAPP LTTE KOLY KNEI KCIP INRB GTIP
	FARC BBSR AMED PREM KPOW KMRS KHIV KPLS KSAF KMOC KNUC KNNPMNUC KGIT KOCI KCFC ECTRD ELTD EUNCH`)

// regionTags are geographic tags that name a region, not a country.
var regionTags = strings.Fields(`XA XB XC XD XE XF XG XH XI XJ XK XL XM XN XO XP XQ XR XS XT XU XV XW XX XY XZ
	ZF ZI ZJ ZK ZL ZM ZO ZP ZU ZB ZR EU UN`)

var knownTags = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range subjectTags {
		m[t] = true
	}
	for _, t := range regionTags {
		m[t] = true
	}
	for t := range tagCountries {
		m[t] = true
	}
	return m
}()

// splitTags splits a TAGS line into tags: separated by spaces or commas,
// run-together tags ("KFRDKIRFCVIS") split, a misspelt subject tag with one
// letter too many ("POGOV") mended, duplicates dropped.
func splitTags(raw string) []string {
	out := []string{}
	seen := map[string]bool{}
	add := func(t string) {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, f := range strings.FieldsFunc(raw, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '\t' || r == '\u00a0'
	}) {
		t := strings.ToUpper(strings.Trim(f, ".:()[]"))
		if t == "" {
			continue
		}
		if knownTags[t] || len(t) <= 4 {
			add(t)
			continue
		}
		if m := mendTag(t); m != "" {
			add(m)
			continue
		}
		if parts := runTogether(t); parts != nil {
			for _, p := range parts {
				add(p)
			}
			continue
		}
		add(t)
	}
	return out
}

// mendTag returns the four-letter subject tag that t is with one extra
// letter ("POGOV" → "PGOV"), or "" when there is none or more than one.
func mendTag(t string) string {
	if len(t) != 5 {
		return ""
	}
	found := ""
	for i := range t {
		c := t[:i] + t[i+1:]
		if len(c) == 4 && knownTags[c] && c != found {
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}

// runTogether splits t into known tags of two to five letters, preferring
// subject tags, or returns nil.
func runTogether(t string) []string {
	// best[i]: a split of t[i:], nil when none
	best := make([][]string, len(t)+1)
	ok := make([]bool, len(t)+1)
	ok[len(t)] = true
	for i := len(t) - 1; i >= 0; i-- {
		for _, n := range []int{4, 2, 5, 3} {
			if i+n <= len(t) && ok[i+n] && knownTags[t[i:i+n]] {
				best[i] = append([]string{t[i : i+n]}, best[i+n]...)
				ok[i] = true
				break
			}
		}
	}
	if !ok[0] || len(best[0]) < 2 {
		return nil
	}
	return best[0]
}
