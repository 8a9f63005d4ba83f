package cable

import (
	"regexp"
	"strconv"
	"strings"
)

// countryOf returns the country a cable is about: the host country of its
// post, or for Washington, missions to international bodies and regional
// offices, the first country of its tags. "" when neither names one.
func countryOf(origin, post string, tags []string) string {
	for _, p := range []string{postKey(origin), strings.ToUpper(strings.TrimSpace(origin)), strings.ToUpper(post)} {
		if p == "" {
			continue
		}
		if multiPosts[p] {
			return tagCountry(tags)
		}
		if c, ok := postCountries[p]; ok {
			return c
		}
	}
	return tagCountry(tags)
}

var originPrefixes = []string{"EMBASSY ", "CONSULATE GENERAL ", "CONSULATE ", "US INTERESTS SECTION ",
	"AMEMBASSY ", "AMCONSUL ", "USINT ", "AMCONGEN ", "BRANCH OFFICE ", "US OFFICE "}

// postKey upper-cases an origin and removes "Embassy", "Consulate" and the
// like ("Embassy San Jose" → "SAN JOSE").
func postKey(origin string) string {
	k := strings.ToUpper(strings.TrimSpace(origin))
	for _, p := range originPrefixes {
		if strings.HasPrefix(k, p) {
			return strings.TrimSpace(k[len(p):])
		}
	}
	return k
}

// tagCountry returns the country of the first country tag, preferring any
// country over the United States.
func tagCountry(tags []string) string {
	us := ""
	for _, t := range tags {
		if c, ok := tagCountries[t]; ok {
			if t == "US" {
				us = c
				continue
			}
			return c
		}
	}
	return us
}

// originName writes the origin as the metadata tables do, from the FM line
// of the routing header or the post of the classification line
// ("AMEMBASSY BAKU" → "Embassy Baku").
func originName(from, post string) string {
	f := strings.ToUpper(strings.TrimSpace(from))
	if i := strings.Index(f, "//"); i > 0 {
		f = strings.TrimSpace(f[:i]) // "USDEL SECRETARY//MEXICO//"
	}
	if a, ok := originAliases[strings.TrimPrefix(f, "USMISSION ")]; ok {
		return a
	}
	if a, ok := originAliases[post]; ok && f == "" {
		return a
	}
	switch {
	case strings.HasPrefix(f, "AMEMBASSY "):
		return "Embassy " + title(f[len("AMEMBASSY "):])
	case strings.HasPrefix(f, "AMCONSUL "):
		return "Consulate " + title(f[len("AMCONSUL "):])
	case strings.HasPrefix(f, "SECSTATE"):
		return "Secretary of State"
	case strings.HasPrefix(f, "USMISSION "):
		return strings.TrimPrefix(f, "USMISSION ")
	case strings.HasPrefix(f, "USINT "):
		return "US Interests Section " + title(f[len("USINT "):])
	case f != "":
		return f
	}
	if post == "" {
		return ""
	}
	if post == "STATE" || post == "SECSTATE" {
		return "Secretary of State"
	}
	if _, ok := postCountries[post]; ok {
		if consulates[post] {
			return "Consulate " + title(post)
		}
		return "Embassy " + title(post)
	}
	return post
}

// originAliases are the origins of the metadata tables for routing names
// that do not follow "AMEMBASSY CITY".
var originAliases = map[string]string{
	"USNATO": "Mission USNATO", "USUN NEW YORK": "USUN New York", "USEU BRUSSELS": "USEU Brussels",
	"UNVIE VIENNA": "UNVIE", "UNVIE": "UNVIE", "RPO DUBAI": "Iran RPO Dubai", "IRAN RPO DUBAI": "Iran RPO Dubai",
	"GENEVA": "US Mission Geneva", "AIT TAIPEI": "American Institute Taiwan, Taipei",
	"REO BASRAH": "REO Basrah", "USDEL SECRETARY": "US Delegation, Secretary", "USLO TRIPOLI": "Embassy Tripoli",
	"AMEMBASSY KIEV": "Embassy Kyiv", "KIEV": "Embassy Kyiv", "AMCONSUL CALCUTTA": "Consulate Kolkata",
}

// consulates are the posts of postCountries that are consulates, not
// embassies: a classification line names only the city.
var consulates = map[string]bool{
	"LAGOS": true, "ALEXANDRIA": true, "CAPE TOWN": true, "CASABLANCA": true, "DURBAN": true, "JOHANNESBURG": true,
	"DOUALA": true, "LUBUMBASHI": true, "DUBAI": true, "BASRAH": true, "KIRKUK": true, "MOSUL": true, "HILLAH": true,
	"ERBIL": true, "DHAHRAN": true, "JEDDAH": true, "JERUSALEM": true, "ISTANBUL": true, "ADANA": true, "IZMIR": true,
	"ALMATY": true, "KARACHI": true, "LAHORE": true, "PESHAWAR": true, "MUMBAI": true, "CHENNAI": true, "KOLKATA": true,
	"CALCUTTA": true, "MADRAS": true, "BOMBAY": true, "HYDERABAD": true, "THESSALONIKI": true, "DUSSELDORF": true,
	"FRANKFURT": true, "HAMBURG": true, "LEIPZIG": true, "MUNICH": true, "PONTA DELGADA": true, "BELFAST": true,
	"EDINBURGH": true, "BARCELONA": true, "ST PETERSBURG": true, "ST. PETERSBURG": true, "SAINT PETERSBURG": true,
	"VLADIVOSTOK": true, "YEKATERINBURG": true, "MARSEILLE": true, "STRASBOURG": true, "MILAN": true, "NAPLES": true,
	"FLORENCE": true, "BANJA LUKA": true, "AMSTERDAM": true, "KRAKOW": true, "CHIANG MAI": true, "CHENGDU": true,
	"GUANGZHOU": true, "SHANGHAI": true, "SHENYANG": true, "WUHAN": true, "HONG KONG": true, "MELBOURNE": true,
	"PERTH": true, "SYDNEY": true, "HO CHI MINH CITY": true, "SURABAYA": true, "BUSAN": true, "FUKUOKA": true,
	"NAGOYA": true, "NAHA": true, "OSAKA KOBE": true, "OSAKA": true, "SAPPORO": true, "AUCKLAND": true, "RECIFE": true,
	"RIO DE JANEIRO": true, "SAO PAULO": true, "MARACAIBO": true, "CIUDAD JUAREZ": true, "GUADALAJARA": true,
	"HERMOSILLO": true, "MATAMOROS": true, "MERIDA": true, "MONTERREY": true, "NOGALES": true, "NUEVO LAREDO": true,
	"TIJUANA": true, "CALGARY": true, "HALIFAX": true, "MONTREAL": true, "QUEBEC": true, "TORONTO": true,
	"VANCOUVER": true, "GUAYAQUIL": true, "CURACAO": true, "HAMILTON": true, "JUBA": true,
}

func title(s string) string {
	w := strings.Fields(strings.ToLower(s))
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

var (
	refIDRe  = regexp.MustCompile(`\b(\d{2})([A-Z]{3,}[A-Z]*)(\d{1,6})\b`)
	refRefRe = regexp.MustCompile(`(?:\b(\d{2}) ?)?\b([A-Z][A-Z]+(?: [A-Z][A-Z]+){0,3}) (\d{1,6})\b`)
)

// references turns a REF block into cable ids: "(A) STATE 3836, (B) 05
// REYKJAVIK 95" → 06STATE3836 (the cable's own year when none is given),
// 05REYKJAVIK95. Only posts of the post table and Washington are read.
func references(refs string, year int) []string {
	var out []string
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, m := range refRefRe.FindAllStringSubmatch(refs, -1) {
		words := strings.Fields(m[2])
		post := ""
		for i := range words {
			cand := strings.Join(words[i:], " ")
			if _, ok := postCountries[cand]; ok || cand == "STATE" || cand == "SECSTATE" || multiPosts[cand] {
				post = cand
				break
			}
		}
		if post == "" {
			continue
		}
		y := year % 100
		if m[1] != "" {
			y, _ = strconv.Atoi(m[1])
		}
		if year == 0 && m[1] == "" {
			continue
		}
		n, _ := strconv.Atoi(m[3])
		add(twoDigit(y) + strings.ReplaceAll(post, " ", "") + strconv.Itoa(n))
	}
	for _, m := range refIDRe.FindAllStringSubmatch(refs, -1) {
		if _, ok := postCountries[m[2]]; ok || m[2] == "STATE" {
			n, _ := strconv.Atoi(m[3])
			add(m[1] + m[2] + strconv.Itoa(n))
		}
	}
	return out
}

func twoDigit(y int) string {
	s := strconv.Itoa(y % 100)
	if len(s) == 1 {
		return "0" + s
	}
	return s
}
