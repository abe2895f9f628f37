package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// ChatLine writes a message's first line as WhatsApp exports a chat
// ("07/04/2025, 02:32 - Priya Menon: text"), the form the chat reader reads:
// an app's export (Telegram, Slack) is written so. A ":" in the sender's
// name would end it early, so it is a space.
func ChatLine(when time.Time, sender, text string) string {
	return when.Format("02/01/2006, 15:04") + " - " + strings.ReplaceAll(sender, ":", " ") + ": " + text
}

// BrokenJSON says where an app's JSON export, read by dec from data, is
// broken: "line 12: broken JSON (…): is the export complete?".
func BrokenJSON(data []byte, dec *json.Decoder, err error) error {
	off := min(int(dec.InputOffset()), len(data))
	return fmt.Errorf("line %d: broken JSON (%v): is the export complete?", 1+bytes.Count(data[:off], []byte("\n")), err)
}
