package daily

import (
	"fmt"
	"slices"
	"strings"
	"time"

	// The zone database is embedded so that schedules do not depend on the
	// host having tzdata installed (slim containers often do not).
	_ "time/tzdata"
)

// zones are common IANA zone names, offered for autocomplete. Any name
// time.LoadLocation knows is accepted by Set, listed here or not.
var zones = []string{
	"UTC",
	"Africa/Abidjan", "Africa/Accra", "Africa/Addis_Ababa", "Africa/Algiers", "Africa/Cairo",
	"Africa/Casablanca", "Africa/Dar_es_Salaam", "Africa/Johannesburg", "Africa/Kampala",
	"Africa/Khartoum", "Africa/Kinshasa", "Africa/Lagos", "Africa/Luanda", "Africa/Maputo",
	"Africa/Nairobi", "Africa/Tripoli", "Africa/Tunis", "Africa/Windhoek",
	"America/Anchorage", "America/Argentina/Buenos_Aires", "America/Asuncion", "America/Bogota",
	"America/Caracas", "America/Chicago", "America/Denver", "America/Edmonton", "America/El_Salvador",
	"America/Guatemala", "America/Halifax", "America/Havana", "America/Jamaica", "America/La_Paz",
	"America/Lima", "America/Los_Angeles", "America/Managua", "America/Manaus", "America/Mexico_City",
	"America/Montevideo", "America/New_York", "America/Panama", "America/Phoenix",
	"America/Port-au-Prince", "America/Puerto_Rico", "America/Regina", "America/Santiago",
	"America/Santo_Domingo", "America/Sao_Paulo", "America/St_Johns", "America/Tijuana",
	"America/Toronto", "America/Vancouver", "America/Winnipeg",
	"Asia/Almaty", "Asia/Amman", "Asia/Baghdad", "Asia/Baku", "Asia/Bangkok", "Asia/Beirut",
	"Asia/Colombo", "Asia/Damascus", "Asia/Dhaka", "Asia/Dubai", "Asia/Ho_Chi_Minh", "Asia/Hong_Kong",
	"Asia/Jakarta", "Asia/Jerusalem", "Asia/Kabul", "Asia/Karachi", "Asia/Kathmandu", "Asia/Kolkata",
	"Asia/Kuala_Lumpur", "Asia/Kuwait", "Asia/Manila", "Asia/Muscat", "Asia/Qatar", "Asia/Riyadh",
	"Asia/Seoul", "Asia/Shanghai", "Asia/Singapore", "Asia/Taipei", "Asia/Tashkent", "Asia/Tbilisi",
	"Asia/Tehran", "Asia/Thimphu", "Asia/Tokyo", "Asia/Ulaanbaatar", "Asia/Yangon", "Asia/Yerevan",
	"Atlantic/Azores", "Atlantic/Canary", "Atlantic/Cape_Verde", "Atlantic/Reykjavik",
	"Australia/Adelaide", "Australia/Brisbane", "Australia/Darwin", "Australia/Hobart",
	"Australia/Lord_Howe", "Australia/Melbourne", "Australia/Perth", "Australia/Sydney",
	"Europe/Amsterdam", "Europe/Athens", "Europe/Belgrade", "Europe/Berlin", "Europe/Brussels",
	"Europe/Bucharest", "Europe/Budapest", "Europe/Copenhagen", "Europe/Dublin", "Europe/Helsinki",
	"Europe/Istanbul", "Europe/Kyiv", "Europe/Lisbon", "Europe/London", "Europe/Madrid",
	"Europe/Minsk", "Europe/Moscow", "Europe/Oslo", "Europe/Paris", "Europe/Prague", "Europe/Riga",
	"Europe/Rome", "Europe/Sofia", "Europe/Stockholm", "Europe/Tallinn", "Europe/Vienna",
	"Europe/Vilnius", "Europe/Warsaw", "Europe/Zurich",
	"Indian/Maldives", "Indian/Mauritius",
	"Pacific/Auckland", "Pacific/Chatham", "Pacific/Fiji", "Pacific/Guam", "Pacific/Honolulu",
	"Pacific/Port_Moresby", "Pacific/Tongatapu",
}

// Zones returns the common zone names matching prefix, for autocomplete.
// Matching ignores case and treats spaces as underscores. The zone an
// abbreviation, place or offset typed in full stands for comes first ("ist"
// → Asia/Kolkata), then names that start with prefix, then names whose city
// (any part after a "/") does, e.g. "lon" finds "Europe/London". An empty
// prefix returns them all.
func Zones(prefix string) []string {
	p := normZone(prefix)
	var whole, part []string
	if z, ok, _ := aliasZone(prefix); ok && z != "" {
		whole = append(whole, z)
	}
	for _, z := range zones {
		n := strings.ToLower(z)
		switch {
		case len(whole) > 0 && whole[0] == z:
		case strings.HasPrefix(n, p):
			whole = append(whole, z)
		case slices.ContainsFunc(strings.Split(n, "/")[1:], func(s string) bool { return strings.HasPrefix(s, p) }):
			part = append(part, z)
		}
	}
	return append(whole, part...)
}

func normZone(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), " ", "_"))
}

// loadZone validates an IANA zone name and returns it as the database spells
// it, so "europe/london" becomes "Europe/London". Abbreviations, places and
// UTC offsets are read first (see aliasZone): "IST" is Asia/Kolkata.
func loadZone(name string) (string, *time.Location, error) {
	if z, ok, err := aliasZone(name); err != nil {
		return "", nil, err
	} else if ok {
		loc, err := time.LoadLocation(z)
		return z, loc, err
	}
	n := strings.ReplaceAll(strings.TrimSpace(name), " ", "_")
	if n != "" && n != "Local" && !strings.HasPrefix(n, "/") && !strings.Contains(n, "..") {
		if loc, err := time.LoadLocation(n); err == nil {
			return n, loc, nil
		}
		for _, z := range zones {
			if strings.EqualFold(z, n) {
				loc, err := time.LoadLocation(z)
				if err == nil {
					return z, loc, nil
				}
			}
		}
	}
	msg := fmt.Sprintf("%q isn't a time zone I know. Use a city or an IANA name such as Europe/London, America/New_York or Asia/Kolkata, or an abbreviation such as IST or EST.", name)
	if s := Zones(name); len(s) > 0 && strings.TrimSpace(name) != "" {
		msg += " Did you mean " + strings.Join(s[:min(3, len(s))], ", ") + "?"
	}
	return "", nil, &Error{Code: EInvalid, Message: msg}
}
