// Package all registers with corpus every document format conceptbot
// reads, beside the text and Markdown corpus reads itself. A command, or a
// test that loads notes as a deployment does, imports it for its effect:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/all"
package all

import (
	_ "github.com/conceptbot/conceptbot/corpus/evernote" // notes exported from Evernote (.enex)
	_ "github.com/conceptbot/conceptbot/corpus/keep"     // notes exported from Google Keep by Takeout (.json, .html)
	_ "github.com/conceptbot/conceptbot/corpus/office"   // Word documents (.docx), OpenDocument texts (.odt), PowerPoint presentations (.pptx)
	_ "github.com/conceptbot/conceptbot/corpus/pdftext"  // PDFs
	_ "github.com/conceptbot/conceptbot/corpus/sheet"    // spreadsheets saved as CSV or TSV
	_ "github.com/conceptbot/conceptbot/corpus/telegram" // chats exported from Telegram Desktop (result.json, messages.html)
	_ "github.com/conceptbot/conceptbot/corpus/web"      // saved web pages (.html, .htm, .xhtml)
)
