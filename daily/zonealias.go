package daily

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// zoneAliases maps what people type for a time zone — abbreviations,
// countries and big cities whose zone name is another city — to an IANA
// zone. Keys are in the form normZone gives them (lower case, "_" for
// spaces). A city that names its own zone ("London", "Kolkata") needs no
// entry: zoneForCity finds it.
//
// An abbreviation means the civil time of the place people use it for, with
// its daylight saving: EST and EDT are both New York time, GMT and BST both
// UK time. Where one is ambiguous, the reading of the bot's users wins: IST
// is India Standard Time (not Israel or Ireland), CST is US Central (not
// China). The reply to /daily set names the zone chosen, so a moderator can
// correct it.
var zoneAliases = map[string]string{
	// South Asia
	"ist": "Asia/Kolkata", "india": "Asia/Kolkata", "indian_standard_time": "Asia/Kolkata",
	"delhi": "Asia/Kolkata", "new_delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata", "bombay": "Asia/Kolkata",
	"bengaluru": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "chennai": "Asia/Kolkata", "madras": "Asia/Kolkata",
	"hyderabad": "Asia/Kolkata", "calcutta": "Asia/Kolkata", "pune": "Asia/Kolkata", "ahmedabad": "Asia/Kolkata",
	"jaipur": "Asia/Kolkata", "lucknow": "Asia/Kolkata", "patna": "Asia/Kolkata", "bhopal": "Asia/Kolkata",
	"pkt": "Asia/Karachi", "pakistan": "Asia/Karachi", "lahore": "Asia/Karachi", "islamabad": "Asia/Karachi",
	"npt": "Asia/Kathmandu", "nepal": "Asia/Kathmandu",
	"bangladesh": "Asia/Dhaka", "sri_lanka": "Asia/Colombo", "bhutan": "Asia/Thimphu", "maldives": "Indian/Maldives",
	// East and South-East Asia
	"jst": "Asia/Tokyo", "japan": "Asia/Tokyo",
	"kst": "Asia/Seoul", "korea": "Asia/Seoul", "south_korea": "Asia/Seoul",
	"sgt": "Asia/Singapore", "singapore": "Asia/Singapore",
	"hkt": "Asia/Hong_Kong", "china": "Asia/Shanghai", "beijing": "Asia/Shanghai",
	"pht": "Asia/Manila", "philippines": "Asia/Manila",
	"wib": "Asia/Jakarta", "indonesia": "Asia/Jakarta",
	"ict": "Asia/Bangkok", "thailand": "Asia/Bangkok", "vietnam": "Asia/Ho_Chi_Minh", "malaysia": "Asia/Kuala_Lumpur",
	// Middle East
	"gst": "Asia/Dubai", "uae": "Asia/Dubai", "abu_dhabi": "Asia/Dubai", "saudi_arabia": "Asia/Riyadh",
	// Europe
	"gmt": "Europe/London", "bst": "Europe/London", "uk": "Europe/London", "britain": "Europe/London",
	"england": "Europe/London", "scotland": "Europe/London", "wales": "Europe/London",
	"ireland": "Europe/Dublin",
	"wet":     "Europe/Lisbon", "west": "Europe/Lisbon", "portugal": "Europe/Lisbon",
	"cet": "Europe/Paris", "cest": "Europe/Paris", "france": "Europe/Paris", "germany": "Europe/Berlin",
	"spain": "Europe/Madrid", "italy": "Europe/Rome", "netherlands": "Europe/Amsterdam",
	"eet": "Europe/Athens", "eest": "Europe/Athens", "greece": "Europe/Athens", "ukraine": "Europe/Kyiv", "kiev": "Europe/Kyiv",
	"msk": "Europe/Moscow", "russia": "Europe/Moscow", "turkey": "Europe/Istanbul", "trt": "Europe/Istanbul",
	// Americas
	"est": "America/New_York", "edt": "America/New_York", "et": "America/New_York", "eastern": "America/New_York",
	"nyc": "America/New_York", "washington": "America/New_York", "boston": "America/New_York",
	"cst": "America/Chicago", "cdt": "America/Chicago", "ct": "America/Chicago", "central": "America/Chicago",
	"houston": "America/Chicago", "dallas": "America/Chicago",
	"mst": "America/Denver", "mdt": "America/Denver", "mt": "America/Denver", "mountain": "America/Denver",
	"pst": "America/Los_Angeles", "pdt": "America/Los_Angeles", "pt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
	"los_angeles": "America/Los_Angeles", "la": "America/Los_Angeles", "san_francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
	"akst": "America/Anchorage", "akdt": "America/Anchorage", "hst": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu",
	"brt": "America/Sao_Paulo", "brazil": "America/Sao_Paulo", "mexico": "America/Mexico_City",
	// Oceania
	"aest": "Australia/Sydney", "aedt": "Australia/Sydney", "acst": "Australia/Adelaide", "acdt": "Australia/Adelaide",
	"awst": "Australia/Perth", "canberra": "Australia/Sydney",
	"nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland", "new_zealand": "Pacific/Auckland", "nz": "Pacific/Auckland",
	// Africa
	"sast": "Africa/Johannesburg", "south_africa": "Africa/Johannesburg", "nigeria": "Africa/Lagos",
	"kenya": "Africa/Nairobi", "eat": "Africa/Nairobi", "wat": "Africa/Lagos", "egypt": "Africa/Cairo",
	// Universal time
	"utc": "UTC", "z": "UTC", "zulu": "UTC", "universal": "UTC",
}

// zoneForCity returns the listed zone whose last part is the city typed
// ("london" → Europe/London, "new_york" → America/New_York).
func zoneForCity(norm string) (string, bool) {
	for _, z := range zones {
		if i := strings.LastIndexByte(z, '/'); i >= 0 && strings.EqualFold(z[i+1:], norm) {
			return z, true
		}
	}
	return "", false
}

// offsetPattern matches a UTC offset such as "UTC+5", "GMT-03:00" or "+0530"
// after normZone.
var offsetPattern = regexp.MustCompile(`^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$`)

// zoneForOffset maps a whole-hour UTC offset to its fixed Etc zone
// ("UTC+5" → Etc/GMT-5: the Etc names count the other way). An offset with
// minutes has no fixed IANA zone; the error says to name a place instead.
func zoneForOffset(norm string) (zone string, ok bool, err error) {
	g := offsetPattern.FindStringSubmatch(norm)
	if g == nil {
		return "", false, nil
	}
	h, _ := strconv.Atoi(g[2])
	if g[3] != "" && g[3] != "00" {
		return "", true, &Error{Code: EInvalid, Message: fmt.Sprintf("There is no fixed time zone for UTC%s%s:%s. Name a place instead, such as Asia/Kolkata for UTC+5:30.", g[1], g[2], g[3])}
	}
	if h == 0 {
		return "UTC", true, nil
	}
	if (g[1] == "+" && h > 14) || (g[1] == "-" && h > 12) {
		return "", true, &Error{Code: EInvalid, Message: fmt.Sprintf("UTC%s%d isn't an offset any place uses; they run from UTC-12 to UTC+14.", g[1], h)}
	}
	sign := "-"
	if g[1] == "-" {
		sign = "+"
	}
	return "Etc/GMT" + sign + strconv.Itoa(h), true, nil
}

// aliasZone resolves what a moderator typed when it is not an IANA name:
// an abbreviation, a country or city, or a UTC offset. ok is false when it
// is none of these.
func aliasZone(typed string) (zone string, ok bool, err error) {
	norm := normZone(typed)
	norm = strings.Trim(strings.ReplaceAll(norm, ".", ""), "_")
	if z, ok := zoneAliases[norm]; ok {
		return z, true, nil
	}
	if z, ok, err := zoneForOffset(strings.ReplaceAll(norm, "_", "")); ok || err != nil {
		return z, ok, err
	}
	if z, ok := zoneForCity(norm); ok {
		return z, true, nil
	}
	return "", false, nil
}
