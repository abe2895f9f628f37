// Package all registers with corpus every document format conceptbot
// reads, beside the text and Markdown corpus reads itself. A command, or a
// test that loads notes as a deployment does, imports it for its effect:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/all"
package all

import (
	_ "github.com/conceptbot/conceptbot/corpus/asciidoc"      // notes written in AsciiDoc (.adoc, .asciidoc, .asc)
	_ "github.com/conceptbot/conceptbot/corpus/bibtex"        // reading lists kept in BibTeX or BibLaTeX (.bib) or exported as RIS (.ris): JabRef, Zotero, Mendeley
	_ "github.com/conceptbot/conceptbot/corpus/canvas"        // boards drawn in Obsidian Canvas (.canvas)
	_ "github.com/conceptbot/conceptbot/corpus/captions"      // lecture transcripts saved as captions (.vtt, .srt, .sbv, .ass, .ttml)
	_ "github.com/conceptbot/conceptbot/corpus/chatgpt"       // conversations of a ChatGPT data export (conversations.json)
	_ "github.com/conceptbot/conceptbot/corpus/cherrytree"    // notebooks of CherryTree saved as XML (.ctd)
	_ "github.com/conceptbot/conceptbot/corpus/dayone"        // journals exported from Day One as JSON (Journal.json)
	_ "github.com/conceptbot/conceptbot/corpus/discordexport" // Discord channels exported by DiscordChatExporter (.json, .html)
	_ "github.com/conceptbot/conceptbot/corpus/epub"          // e-books (.epub)
	_ "github.com/conceptbot/conceptbot/corpus/evernote"      // notes exported from Evernote (.enex)
	_ "github.com/conceptbot/conceptbot/corpus/fb2"           // e-books saved as FictionBook (.fb2)
	_ "github.com/conceptbot/conceptbot/corpus/feed"          // a blog's posts in a feed or an export (.xml, .rss, .atom: RSS, WordPress, Atom, Blogger)
	_ "github.com/conceptbot/conceptbot/corpus/gift"          // question banks exported from Moodle in GIFT (.gift, .txt)
	_ "github.com/conceptbot/conceptbot/corpus/googlechat"    // spaces and groups of Google Chat exported by Takeout (messages.json)
	_ "github.com/conceptbot/conceptbot/corpus/hypothesis"    // web annotations exported from Hypothesis (.json)
	_ "github.com/conceptbot/conceptbot/corpus/ical"          // calendars whose events hold notes (.ics)
	_ "github.com/conceptbot/conceptbot/corpus/joplin"        // notebooks exported from Joplin (.jex)
	_ "github.com/conceptbot/conceptbot/corpus/jupyter"       // notebooks of Jupyter, Colab and VS Code (.ipynb)
	_ "github.com/conceptbot/conceptbot/corpus/keep"          // notes exported from Google Keep by Takeout (.json, .html)
	_ "github.com/conceptbot/conceptbot/corpus/latex"         // notes written in LaTeX (.tex)
	_ "github.com/conceptbot/conceptbot/corpus/mail"          // e-mails (.eml), mailboxes (.mbox) and web pages saved as one file (.mhtml, .mht)
	_ "github.com/conceptbot/conceptbot/corpus/mediawiki"     // pages of a MediaWiki wiki: Special:Export dumps (.xml) and wikitext (.wiki, .mediawiki, .wikitext)
	_ "github.com/conceptbot/conceptbot/corpus/messenger"     // chats exported from Facebook Messenger or Instagram (message_1.json)
	_ "github.com/conceptbot/conceptbot/corpus/office"        // Word documents (.docx, .doc, Word 2003 .xml), OpenDocument texts (.odt, .fodt) and presentations (.odp), PowerPoint presentations (.pptx)
	_ "github.com/conceptbot/conceptbot/corpus/org"           // notes in Emacs Org mode (.org)
	_ "github.com/conceptbot/conceptbot/corpus/pdftext"       // PDFs
	_ "github.com/conceptbot/conceptbot/corpus/rst"           // notes in reStructuredText (.rst, .rest): Sphinx projects and docutils files
	_ "github.com/conceptbot/conceptbot/corpus/rtf"           // rich text (.rtf): TextEdit, Word, WordPad, LibreOffice, pandoc
	_ "github.com/conceptbot/conceptbot/corpus/sheet"         // spreadsheets saved as CSV or TSV, Excel and Calc workbooks (.xlsx, .ods)
	_ "github.com/conceptbot/conceptbot/corpus/simplenote"    // notes exported from Simplenote (notes.json)
	_ "github.com/conceptbot/conceptbot/corpus/slack"         // Slack channels exported by a workspace export (a day's .json)
	_ "github.com/conceptbot/conceptbot/corpus/standardnotes" // Standard Notes backups, decrypted (Standard Notes Backup and Import File.txt)
	_ "github.com/conceptbot/conceptbot/corpus/telegram"      // chats exported from Telegram Desktop (result.json, messages.html) and channels' pages saved from t.me/s
	_ "github.com/conceptbot/conceptbot/corpus/tiddlywiki"    // a TiddlyWiki saved as one file (.html) and tiddlers exported one a file (.tid)
	_ "github.com/conceptbot/conceptbot/corpus/tomboy"        // notes of Tomboy and Gnote (.note)
	_ "github.com/conceptbot/conceptbot/corpus/trello"        // Trello boards exported as JSON
	_ "github.com/conceptbot/conceptbot/corpus/typst"         // notes written in Typst (.typ): typst.app projects and the typst CLI
	_ "github.com/conceptbot/conceptbot/corpus/web"           // saved web pages (.html, .htm, .xhtml)
	_ "github.com/conceptbot/conceptbot/corpus/xmind"         // Xmind mind maps (.xmind), outlines saved as OPML (.opml), FreeMind and Freeplane maps (.mm)
)
