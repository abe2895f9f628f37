package web

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// multiDoc is the saved coaching-site page of the multi-document evaluation set.
const multiDoc = "../../index/testdata/eval/multi/docs/el-nino-southern-oscillation.html"

// TestGolden converts each page and compares the Markdown and the parsed
// outline with testdata/NAME.golden (rewritten with -update).
func TestGolden(t *testing.T) {
	pages, _ := filepath.Glob("testdata/*.html")
	pages = append(pages, multiDoc)
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			c, err := Markdown(data)
			if err != nil {
				t.Fatal(err)
			}
			d, err := corpus.Parse(filepath.Base(page), data)
			got := "-- markdown --\n" + string(c.Text) + "-- outline --\n" + outline(d, err)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("Markdown(%s) differs from %s (rerun with -update and review the diff):\n%s", page, golden, got)
			}
		})
	}
}

// outline lists a parsed document's passages: citation, source line, the
// first words.
func outline(d *corpus.Document, err error) string {
	if err != nil {
		return "error: " + err.Error() + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "title: %s\ncategory: %s\n", d.Title, d.Category)
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	for _, p := range d.Passages {
		words := strings.Fields(p.Text)
		fmt.Fprintf(&b, "%s (line %d): %s\n", p.Citation(), p.Line, strings.Join(words[:min(len(words), 8)], " "))
	}
	return b.String()
}

// TestMultiDocKeepsTheArticle checks what the README of the evaluation set
// promises of the El Niño page: every part of the article is read, the
// page around it is not.
func TestMultiDocKeepsTheArticle(t *testing.T) {
	data, err := os.ReadFile(multiDoc)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Markdown(data)
	if err != nil {
		t.Fatal(err)
	}
	md := string(c.Text)
	for _, want := range []string{
		"# El Niño and La Niña (ENSO): Meaning, Impact on Indian Monsoon\n",
		"## Normal Conditions in the Pacific: the Walker Circulation\n",
		"## Impact on the Indian Monsoon\n", // dropped by readability, put back
		"### Global effects\n",
		"| Feature | El Niño | La Niña |\n| --- | --- | --- |\n",
		"| Upwelling off Peru | Suppressed; fish catch falls | Enhanced; fishing improves |\n",
		"**UPSC Tip:** Do not write that “El Niño always causes drought in India”.",
		"### 4. What does “ENSO-neutral” mean?\n",
		"**Exam Tip:** For Prelims, remember the pairs:",
		"## UPSC Previous Year Questions\n",
		"2. The pool of warm water spreads eastward",
		"- **2024:** ENSO turned neutral by mid-year",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	for _, clutter := range []string{
		"Admissions open", "Enrol now", "Geography Optional", "Table of Contents", "WhatsApp",
		"Related Posts", "Western Disturbances", "Very crisp notes", "Leave a Reply", "Subscribe",
		"Bada Bazar Road", "We use cookies", "gtag", "ez-toc", "Tags:", "Privacy Policy", "&#8217;",
	} {
		if strings.Contains(md, clutter) {
			t.Errorf("Markdown keeps page clutter %q", clutter)
		}
	}
	if n := strings.Count(md, "Examiners reward answers"); n != 1 {
		t.Errorf("the UPSC tip is written %d times, want once", n)
	}
}

// TestSeedAsHTML renders the embedded seed document as a saved web page
// (page chrome around an <article>) and checks that the page gives the
// passages of the text version: the same IDs, citations and texts.
func TestSeedAsHTML(t *testing.T) {
	seed, err := corpus.Seed()
	if err != nil || len(seed) == 0 {
		t.Fatalf("corpus.Seed() = %v, %v", seed, err)
	}
	text := seed[0]
	page := seedPage(text)
	got, err := corpus.Parse("seed.html", []byte(page))
	if err != nil {
		t.Fatalf("Parse(seed.html): %v\n%s", err, page)
	}
	if got.Title != text.Title || got.ID != text.ID || got.Category != text.Category {
		t.Errorf("title, ID, category = %q, %q, %q; want %q, %q, %q", got.Title, got.ID, got.Category, text.Title, text.ID, text.Category)
	}
	byID := map[string]corpus.Passage{}
	for _, p := range got.Passages {
		byID[p.ID] = p
	}
	// Known difference: Markdown has no way to say that a second mind map
	// continues the first (the text parser joins the page's closing map to
	// Visual Insights), so the two maps are one passage in the page. Each
	// map's text must still be there, in order.
	var maps []string
	for _, want := range text.Passages {
		if want.Kind == corpus.KindMindMap {
			maps = append(maps, want.Text)
			continue
		}
		p, ok := byID[want.ID]
		switch {
		case !ok:
			t.Errorf("passage %s missing from the page", want.ID)
		case p.Citation() != want.Citation():
			t.Errorf("%s: citation %q, want %q", want.ID, p.Citation(), want.Citation())
		case p.Text != want.Text:
			t.Errorf("%s: text\n%s\nwant\n%s", want.ID, p.Text, want.Text)
		}
		delete(byID, want.ID)
	}
	mm := byID[text.ID+"/visual-insights"]
	if joined := strings.Join(maps, "\n"); mm.Text != joined {
		t.Errorf("Visual Insights =\n%s\nwant the maps joined:\n%s", mm.Text, joined)
	}
	delete(byID, text.ID+"/visual-insights")
	for id := range byID {
		t.Errorf("the page has passage %s, the text has not", id)
	}
}

// seedPage renders a parsed document as a web page's HTML, its sections in
// the order they first appear, inside navigation, a sidebar, comments, a
// footer, a cookie banner and scripts.
func seedPage(d *corpus.Document) string {
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>%s | Concept Notes</title>
<meta property="article:section" content="%s">
<style>.exam-tip{background:#fff8eb}</style>
<script>window.dataLayer=[];function track(){dataLayer.push(arguments)}</script>
</head><body>
<header class="site-header"><a href="/">Concept Notes</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/concepts">Concepts</a></li><li><a href="/news">News</a></li><li><a href="/login">Login</a></li></ul></nav></header>
<div class="breadcrumbs"><a href="/">Home</a> › <a href="/concepts">Concepts</a> › %s</div>
<main><article class="concept">
<h1>%s</h1>
<div class="byline">%s read</div>
`, esc(d.Title), esc(d.Category), esc(d.Title), esc(d.Title), esc(d.ReadingTime))
	var order []string
	sections := map[string][]corpus.Passage{}
	for _, p := range d.Passages {
		h := p.Section[0]
		if _, ok := sections[h]; !ok {
			order = append(order, h)
		}
		sections[h] = append(sections[h], p)
	}
	body := func(text string) {
		inList := false
		for _, l := range strings.Split(text, "\n") {
			if item, ok := strings.CutPrefix(l, "- "); ok {
				if !inList {
					b.WriteString("<ul>\n")
					inList = true
				}
				fmt.Fprintf(&b, "<li>%s</li>\n", esc(item))
				continue
			}
			if inList {
				b.WriteString("</ul>\n")
				inList = false
			}
			fmt.Fprintf(&b, "<p>%s</p>\n", esc(l))
		}
		if inList {
			b.WriteString("</ul>\n")
		}
	}
	for _, h := range order {
		ps := sections[h]
		heading := h
		if ps[0].Kind == corpus.KindDefinition {
			heading = "What is " + d.Title + "?"
		}
		fmt.Fprintf(&b, "<section>\n<h2>%s</h2>\n", esc(heading))
		switch ps[0].Kind {
		case corpus.KindKeyPoint:
			b.WriteString("<ol>\n")
			for _, p := range ps {
				fmt.Fprintf(&b, `<li value="%d">%s</li>`+"\n", p.Ordinal, esc(p.Text))
			}
			b.WriteString("</ol>\n")
		default:
			for _, p := range ps {
				switch {
				case p.Kind == corpus.KindExamTip:
					fmt.Fprintf(&b, "<div class=\"exam-tip\"><strong>Exam Tip</strong><p>%s</p></div>\n", esc(p.Text))
				case p.Kind == corpus.KindFAQ:
					fmt.Fprintf(&b, "<div class=\"faq-item\"><h3>%d. %s</h3>\n", p.Ordinal, esc(p.Question))
					body(strings.TrimPrefix(strings.TrimPrefix(p.Text, p.Question), "\n"))
					b.WriteString("</div>\n")
				case len(p.Section) > 1 && p.Kind == corpus.KindConnections:
					fmt.Fprintf(&b, "<h3>%s</h3>\n", esc(p.Section[1]))
					body(p.Text)
				case p.Kind == corpus.KindMindMap:
					b.WriteString(`<figure class="mind-map">` + "\n")
					body(p.Text)
					b.WriteString("</figure>\n")
				default:
					body(p.Text)
				}
			}
		}
		b.WriteString("</section>\n")
	}
	b.WriteString(`<div class="share-buttons"><a href="https://wa.me/?text=x">WhatsApp</a> <a href="https://t.me/share">Telegram</a></div>
</article>
<section id="comments" class="comments-area"><h2>2 Comments</h2>
<ol class="comment-list"><li class="comment"><p>Great notes, thanks!</p></li><li class="comment"><p>Please add more on semiconductors.</p></li></ol>
<form action="/comment"><textarea name="c"></textarea><button>Post Comment</button></form></section>
</main>
<aside class="sidebar"><h2>Related Concepts</h2><ul><li><a href="/c/quad">Quad</a></li><li><a href="/c/ttc">Trade and Technology Council</a></li><li><a href="/c/ipef">IPEF</a></li></ul>
<div class="ad">Prelims Test Series: 40 full-length tests. <a href="/tests">Join now</a></div></aside>
<footer><p>© 2026 Concept Notes. <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer>
<div id="cookie-consent">We use cookies to improve your experience. <button>Accept</button></div>
<script>document.getElementById('cookie-consent').onclick=function(){this.remove()}</script>
</body></html>
`)
	return b.String()
}

func TestMarkdown(t *testing.T) {
	page := func(body string) string {
		return "<!DOCTYPE html><html><head><title>Page Title - Site</title></head><body><article><h1>Notes</h1>" + body + "</article></body></html>"
	}
	tests := []struct {
		name, in string
		want     []string // lines the Markdown must have
		not      []string // text it must not have
	}{
		{"blocks named by UUIDs, whose letters spell furniture words by chance", page(`<h3 id="1112ba90-5ab7-489f-9c36-1739bd4b8292">3 Mar 2025 • First dolphin estimate</h3><p id="9d5faee1-3a4c-4d4e-b9ad-bc043c575bb3" class="">A report said the water was unfit.</p><ul id="da2ea2e0-4e23-4528-b70c-ad13f8adc200" class="bulleted-list"><li>Total: 6,327 river dolphins.</li></ul><div class="ad">Buy now</div>`),
			[]string{"### 3 Mar 2025 • First dolphin estimate", "A report said the water was unfit.", "- Total: 6,327 river dolphins."}, []string{"Buy now"}},
		{"headings with permalinks beside them (GitHub's)", `<!DOCTYPE html><html><head><title>Evolution · notes Wiki · GitHub</title></head><body>` + "\n" +
			`<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Balwant Rai Mehta Committee (1957)</h2><a id="user-content-balwant-rai-mehta-committee-1957" class="anchor" aria-label="Permalink: Balwant Rai Mehta Committee (1957)" href="#balwant-rai-mehta-committee-1957"><svg class="octicon octicon-link" aria-hidden="true" height="16" width="16"><path d="m7.775 3.275"></path>` + "\n" + `</svg></a></div>` + "\n" +
			`<p dir="auto">Appointed in January 1957 to study the working of the CDP and the NES; its report came in November 1957. Key recommendations:</p>` + "\n" +
			`<div class="markdown-heading" dir="auto"><h2 tabindex="-1" class="heading-element" dir="auto">Ashok Mehta Committee (1977-78)</h2><a id="user-content-ashok-mehta-committee-1977-78" class="anchor" aria-label="Permalink: Ashok Mehta Committee (1977-78)" href="#ashok-mehta-committee-1977-78"><svg class="octicon octicon-link" aria-hidden="true" height="16" width="16"><path d="m7.775 3.275"></path>` + "\n" + `</svg></a></div>` + "\n" +
			`<p dir="auto">Set up in December 1977 by the Janata government; it reported in August 1978 with <strong>132 recommendations</strong>.</p>` + "\n" +
			`<li>The district as the first point of decentralisation below the state, with the zila parishad as the executive body in charge of planning.</li>` + "\n" +
			`<li>Compulsory powers of taxation; a social audit by a district-level agency; nyaya panchayats kept apart, presided over by a qualified judge.</li></body></html>`,
			[]string{"## Balwant Rai Mehta Committee (1957)", "## Ashok Mehta Committee (1977-78)"}, []string{"Permalink"}},
		{"Sphinx's headings and glossary terms with a pilcrow linking to them, saved with full addresses", page(`<section id="why"><h2>Why a mission?<a class="headerlink" href="https://notes.readthedocs.io/en/latest/ai.html#why" title="Link to this heading">¶</a></h2>` +
			`<p>Earlier AI policy papers were strategies, not spending plans.</p><dl class="simple glossary"><dt id="term-GPU">GPU<a class="headerlink" href="https://notes.readthedocs.io/en/latest/ai.html#term-GPU" title="Link to this term">¶</a></dt><dd><p>Graphics processing unit.</p></dd></dl></section>`),
			[]string{"## Why a mission?", "Earlier AI policy papers were strategies, not spending plans."}, []string{"¶"}},
		{"an exam portal's \"Also Read\" box, its links laid out in a table, between an article's sections", page(`<h2>What is Single-Use Plastic?</h2><p>A plastic item meant to be used once before it is disposed of.</p>` +
			`<div class="pn-also-read"><span class="pn-also-read-label">Also Read</span><table><tbody><tr><td><a href="https://example.com/microplastics/">Microplastics in Salt and Sugar</a></td><td><a href="https://example.com/quiz/">Daily Current Affairs Quiz</a></td></tr></tbody></table></div>` +
			`<h2>Background</h2><table><tr><th>Year</th><th>Rule</th></tr><tr><td>2016</td><td><a href="https://example.com/pwm/">PWM Rules</a></td></tr></table>`),
			[]string{"## What is Single-Use Plastic?", "A plastic item meant to be used once before it is disposed of.", "## Background", "| 2016 | PWM Rules |"}, []string{"Also Read", "Microplastics", "Daily Current Affairs Quiz"}},
		{"a page laid out in a box named for where its sidebar goes", `<!DOCTYPE html><html><head><title>Evolution · notes Wiki · GitHub</title></head><body>` +
			`<div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end">` +
			`<p>Panchayati Raj is the system of rural local self-government in India, run through elected bodies at the village, block and district levels.</p>` +
			`<p>Appointed in January 1957 to study the working of the CDP and the NES, the first committee asked for three tiers.</p></div></body></html>`,
			[]string{"Panchayati Raj is the system of rural local self-government in India, run through elected bodies at the village, block and district levels."}, nil},
		{"a thread's posts, each led by a numbered name on a line of its own", page(`<div class="thread">` +
			`<div class="tweet">🧵 THE MPC, DECODED<br>Who sits on it and how it votes, in one thread.</div>` +
			`<div class="tweet">📜 1. Where it comes from<br>The Finance Act 2016 inserted Chapter IIIF into the RBI Act.</div>` +
			`<div class="tweet">🏛️ 2. Who sits on it<br>Six members, three from the RBI and three from outside.</div>` +
			`<div class="tweet">⏳ 3. Tenure<br>External members serve four years.</div>` +
			`<div class="tweet">📈 4. Quick history of the repo rate under the MPC and its first years<br>Cuts until 2019, then the pandemic.</div>` +
			`<div class="tweet">5. Voting and quorum (Sec 45ZI)<br>Four members make a quorum.</div></div>`),
			[]string{"## 📜 1. Where it comes from", "The Finance Act 2016 inserted Chapter IIIF into the RBI Act.", "## ⏳ 3. Tenure", "## 5. Voting and quorum (Sec 45ZI)", "Four members make a quorum."},
			[]string{"## 🧵 THE MPC", "## 📈 4. Quick history"}},
		{"task lists: Evernote's styles, check boxes", page(`<h2>To-do</h2><ul style="--en-todo:true;"><li style="--en-checked:true;"><div class="para">read the standard</div></li><li style="--en-checked:false;"><div class="para">draw the diagram</div></li></ul>` +
			`<h2>Revision</h2><ul><li><input type="checkbox" checked> polity</li><li><input type="checkbox"> economy</li></ul>`),
			[]string{"- ☑ read the standard", "- ☐ draw the diagram", "- ☑ polity", "- ☐ economy"}, nil},
		{"entities and white space", page("<p>It&#8217;s  a\n &ldquo;test&rdquo;&nbsp;&amp; more</p>"),
			[]string{"It’s a “test” & more"}, nil},
		{"text for screen readers only", page(`<a class="mw-jump-link" href="#mw-head">Jump to navigation</a> <a href="#main">Skip to content</a><p>The act came in 2005.<span class="sr-only"> (opens in a new tab)</span></p>`),
			[]string{"The act came in 2005."}, []string{"Jump to navigation", "Skip to content", "new tab"}},
		{"headings at their depth", page("<h2>One</h2><p>a</p><h4>Deep</h4><p>b</p><h3>Mid</h3><p>c</p>"),
			[]string{"## One", "#### Deep", "### Mid"}, nil},
		{"ordered list with start", page(`<ol start="4"><li>four</li><li>five</li></ol>`),
			[]string{"4. four", "5. five"}, nil},
		{"nested list", page("<ul><li>top<ul><li>inner</li></ul></li><li>next</li></ul>"),
			[]string{"- top", "  - inner", "- next"}, nil},
		{"a nested list written flat, as Google Docs exports it", page(`<p>Works:</p><ul class="lst-kix_ab12-0 start"><li class="c1 li-bullet-0"><span>three books:</span></li></ul><ul class="lst-kix_ab12-1 start"><li class="c1 li-bullet-0"><span>letters</span></li><li class="c1 li-bullet-0"><span>words</span></li></ul><ul class="lst-kix_ab12-0"><li class="c1 li-bullet-0"><span>next</span></li></ul>`),
			[]string{"- three books:", "  - letters", "  - words", "- next"}, nil},
		{"item with paragraphs", page("<ul><li><p>first</p><p>second</p></li></ul>"),
			[]string{"- first second"}, nil},
		{"table without thead", page("<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>x|y</td></tr></table>"),
			[]string{"| a | b |", "| --- | --- |", `| 1 | x\|y |`}, nil},
		{"a box of labels and values", page(`<table class="infobox"><tr><th colspan="2">Kaziranga</th></tr><tr><th>Area</th><td>1,090 km<sup>2</sup></td></tr>` +
			`<tr><th>Established</th><td>1974</td></tr><tr><th colspan="2">World Heritage Site</th></tr><tr><th>Inscription</th><td>1985</td></tr></table><p>Text.</p>`),
			[]string{"Kaziranga", "Area: 1,090 km2", "Established: 1974", "World Heritage Site", "Inscription: 1985"}, []string{"|"}},
		{"a table of labels and values with a header stays a table", page("<table><tr><th>Year</th><th>Event</th></tr><tr><th>1974</th><td>park</td></tr><tr><th>1985</th><td>listed</td></tr></table>"),
			[]string{"| Year | Event |", "| 1974 | park |"}, nil},
		{"wiki marks in brackets", page(`<h2>History<span class="mw-editsection"><span>[</span><a href="?action=edit">edit</a><span>]</span></span></h2>` +
			`<p>It was declared a reserve in 1908.<sup class="reference"><a href="#cite_note-3">[3]</a></sup><sup><span>[<i><a href="/wiki/Citation_needed">citation needed</a></i>]</span></sup> It grew.</p>` +
			`<p>An array is written a[i] [sic].</p>`),
			[]string{"## History", "It was declared a reserve in 1908. It grew.", `An array is written a&#91;i] &#91;sic].`}, []string{"edit", "[3]", "citation"}},
		{"a wiki's notes on the page", page(`<div id="siteSub">From IndiKosh, the encyclopaedia of Indian history</div><div class="hatnote">This article is about the Imperial Cholas. For the early Cholas, see <a href="/wiki/Early_Cholas">Early Cholas</a>.</div><p>Chola administration joined a strong monarchy to village assemblies.</p>`),
			[]string{"Chola administration joined a strong monarchy to village assemblies."}, []string{"IndiKosh", "This article is about"}},
		{"a wiki's references", page(`<p>Text.</p><h2>References</h2><div class="reflist"><ol class="references"><li>^ "A source". 2012.</li></ol></div>`),
			[]string{"## References"}, []string{"A source"}},
		{"bold by class or style", `<html><head><style type="text/css">.c3{font-size:20pt}.c1, .c7{font-weight:700}ul.x .c9{font-weight:700}</style><title>T</title></head><body><h1>T</h1>` +
			`<p><span>Text under the title.</span></p><p><span class="c4 c1">Background</span></p><p><span>After the droughts.</span></p>` +
			`<p><span style="font-weight: bold">Impact</span></p><p><span>Output tripled.</span></p><p><span class="c9">Not bold</span></p></body></html>`,
			[]string{"## Background", "After the droughts.", "## Impact", "Not bold"}, nil},
		{"large type as a heading", page(`<div class="post-body">The Lokpal is an ombudsman.<br /><br /><span style="font-size: 18px;">Jurisdiction</span><br />The Prime Minister is covered.<br />` +
			`<p><span style="font-size:11pt">Body-size text.</span> <span style="font-size: large">Big words</span> in a sentence.</p></div>`),
			[]string{"### Jurisdiction", "The Prime Minister is covered."}, []string{"## Body-size", "## Big", "### Body-size", "### Big"}},
		{"bold paragraphs level with a blog's headings", page("<p><b>Composition</b></p><p>Eight members.</p><h4>Recent Developments</h4><p>In 2024, a new chair.</p>"),
			[]string{"#### Composition", "#### Recent Developments"}, nil},
		{"a header's furniture: its line under the title a subtitle, its kicker over it dropped", `<!DOCTYPE html><html><head><title>Fundamental Duties</title></head><body><section><header><p class="chapnum">Chapter 9</p><h1>Fundamental Duties</h1><p class="chapsub">Part IVA · Article 51A · GS Paper II</p></header>` +
			`<p>Fundamental Duties are the civic obligations of every citizen of India, listed in Article 51A.</p><h2>Features</h2><p>They are not justiciable.</p></section></body></html>`,
			[]string{"# Fundamental Duties", "Part IVA · Article 51A · GS Paper II", "Fundamental Duties are the civic obligations of every citizen of India, listed in Article 51A."}, []string{"Chapter 9"}},
		{"a subtitle under the title", page(`<h2 class="pw-subtitle-paragraph">How the court limited the amending power</h2><p>The doctrine holds that Parliament cannot destroy the essential features.</p><h2>The case</h2><p>In 1973, a bench ruled.</p>`),
			[]string{"# Notes", "How the court limited the amending power", "## The case"}, []string{"## How"}},
		{"a subtitle under the title in a box of its own, as Medium's", page(`<div><h2 class="pw-subtitle-paragraph">How the court limited the amending power of Parliament, and why it still matters</h2></div><p>The doctrine holds that Parliament cannot destroy the essential features.</p><h2>The case</h2><p>In 1973, a bench ruled.</p>`),
			[]string{"# Notes", "How the court limited the amending power of Parliament, and why it still matters", "## The case"}, []string{"## How"}},
		{"a news site's subheadline under the title", page(`<h2 class="subheadline-m_subheadline__3tSdq">Most plans copy national thresholds</h2><p>The season had started early.</p><h2>A hotter baseline</h2><p>2024 was the hottest year.</p>`),
			[]string{"# Notes", "Most plans copy national thresholds", "## A hotter baseline"}, []string{"## Most"}},
		{"a picture's credit in its caption", page(`<p>The season had started early.</p><figure><img src="a.jpg" alt=""><figcaption><span class="caption-text">Workers rest under a flyover in New Delhi</span><span class="caption-attribution">Photo: iStock</span></figcaption></figure><p>February 2025 was the warmest February.</p>`),
			[]string{"Workers rest under a flyover in New Delhi"}, []string{"iStock"}},
		{"a quiz to take", page(`<p>Text.</p><div class="wp-quiz"><div class="question">Q1. Which country sent the cheetahs?</div><ul><li><label><input type="radio" name="q1">Namibia</label></li></ul><button>Submit</button></div>` +
			`<div class="quiz-answers"><p>Answer: Namibia, in 2022.</p></div>`),
			[]string{"Text.", "Answer: Namibia, in 2022."}, []string{"Which country"}},
		{"ragged table", page("<table><thead><tr><th>a</th><th>b</th><th>c</th></tr></thead><tr><td>1</td></tr></table>"),
			[]string{"| a | b | c |", "| 1 |  |  |"}, nil},
		{"layout table", page("<table><tr><td>only cell</td></tr><tr><td>another</td></tr></table>"),
			[]string{"only cell", "another"}, []string{"|"}},
		{"tip box by class", page(`<div class="callout tip">Link subsidies to autonomy.</div>`),
			[]string{"**Exam Tip:** Link subsidies to autonomy."}, nil},
		{"tip box by label", page(`<div><b>Exam tip</b>: remember 1997.</div>`),
			[]string{"**Exam tip:** remember 1997."}, nil},
		{"bold kept at word boundaries", page("<p><strong>Key: </strong>value and half<b>bold</b></p>"),
			[]string{"**Key:** value and halfbold"}, nil},
		{"details as question", page("<h2>FAQs</h2><details><summary>Why?</summary><p>Because.</p></details>"),
			[]string{"> [!question] Why?", "> Because."}, nil},
		{"details with a heading summary", page("<h2>Causes</h2><details><summary>Thresholds</summary><p>One degree.</p></details>"),
			[]string{"### Thresholds", "One degree."}, nil},
		{"table of contents", page(`<ul><li><a href="#a">A</a></li><li><a href="#b">B</a></li></ul><h2 id="a">A</h2><p>text</p>`),
			[]string{"## A"}, []string{"- A"}},
		{"hidden and scripts", page(`<p>seen</p><p hidden>unseen</p><p style="display: none">gone</p><script>var x=1</script><noscript>no</noscript>`),
			[]string{"seen"}, []string{"unseen", "gone", "var x", "no\n"}},
		{"preformatted", page("<pre>a  b\n  c</pre>"),
			[]string{"```", "a  b", "  c"}, nil},
		{"line breaks", page("<p>one<br>two</p>"),
			[]string{"one", "two"}, nil},
		{"title from <title>", "<html><head><title>Semiconductor Policy in India | Site</title></head><body><p>Body text here.</p></body></html>",
			[]string{"# Semiconductor Policy in India", "Body text here."}, nil},
		{"windows-1252", "<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><h1>Caf\xe9</h1><p>na\xefve</p></body></html>",
			[]string{"# Café", "naïve"}, nil},
		{"a table's caption names its rows", page(`<h2>Votes</h2><p>Each vote has a value.</p><table><caption>Table 6.1: Vote values</caption><tr><th>State</th><th>Value</th></tr><tr><td>UP</td><td>208</td></tr><tr><td>Sikkim</td><td>7</td></tr></table><h2>Removal</h2><p>By impeachment.</p>`),
			[]string{"### Table 6.1: Vote values", "| UP | 208 |"}, nil},
		{"a table's caption with text after the table", page(`<h2>Votes</h2><table><caption>Table 6.1: Vote values</caption><tr><th>State</th><th>Value</th></tr><tr><td>UP</td><td>208</td></tr><tr><td>Sikkim</td><td>7</td></tr></table><p>The values are fixed.</p>`),
			[]string{"Table 6.1: Vote values", "The values are fixed."}, []string{"### Table"}},
		{"UTF-8 undeclared after a kilobyte of ASCII", "<html><body><h1>T</h1><p>" + strings.Repeat("plain words ", 100) + "</p><p>☑ read the Act, café</p></body></html>",
			[]string{"☑ read the Act, café"}, []string{"â"}},
		{"links to other pages", page(`<p>Intro text.</p><p><strong>Also read:</strong> <a href="/lokpal">Lokpal Act</a></p><p>Read more: <a href="/a">Budget</a> | <a href="/b">GST</a></p><p><a href="/k">Kesavananda Bharati</a> (1973) set the basic structure.</p>`),
			[]string{"Intro text.", "Kesavananda Bharati (1973) set the basic structure."}, []string{"Lokpal", "Read more", "Budget"}},
		{"label and list of links", page(`<h2>Target</h2><p>Four per cent.</p><p><strong>Also Read:</strong></p><ul><li><a href="/repo">Repo Rate</a></li><li><a href="/cpi">CPI</a></li></ul><h2>Next</h2><p>More.</p>`),
			[]string{"## Target", "Four per cent.", "## Next"}, []string{"Also Read", "Repo Rate"}},
		{"page furniture by name", page(`<p>kept</p><div class="ast-single-author-box"><p>Ravi writes on polity.</p></div><p class="ad-label">Advertisement</p><p>Advertisements</p>` +
			`<div class="post_tags">Tagged <a href="/t">RTI</a></div><div class="mailchimp-form"><h4>Never miss an update</h4></div><div class="sticky-cta">Join our test series</div>` +
			`<div class="jp-relatedposts"><p>Central Vigilance Commission</p></div><div class="leftnav"><a href="/">Home</a><br><a href="/p">Polity</a></div>`),
			[]string{"kept"}, []string{"Ravi", "Advertisement", "RTI", "Never miss", "test series", "Vigilance", "Home"}},
		{"byline and meta furniture", page(`<div class="post-info"><span>By Ravi Kumar</span> | <span>Updated on 12 June 2024</span> | <span>5 min read</span></div>` +
			`<div><span class="posted-on">Posted on June 12, 2024</span> · Last updated: 2024-06-14 · Share: <a href="https://facebook.com/x">Facebook</a></div>` +
			`<div class="post-date">12/06/2024</div><p>Written by Ravi Kumar | 4 min read</p>` +
			`<p>Corals bleach in warm water.</p><p>Updated on 12 June 2024: NOAA confirmed the fourth global event.</p><p>By 2050, most reefs may bleach every year.</p>` +
			`<ul><li>Facebook</li><li>Twitter</li></ul><table><tr><th>Step</th><th>Time</th></tr><tr><td>Soak</td><td>5 min read aloud</td></tr></table>`),
			[]string{"Corals bleach in warm water.", "Updated on 12 June 2024: NOAA confirmed the fourth global event.", "By 2050, most reefs may bleach every year.",
				"- Facebook", "- Twitter", "| Soak | 5 min read aloud |"}, []string{"Ravi", "Posted", "2024-06-14", "12/06/2024", "4 min"}},
		{"bold paragraphs as headings", page("<p><strong>Why in News?</strong></p><p>News text.</p><p><b>Causes:</b></p><p>Cause text.</p><h2>FAQs</h2><p><strong>Q. Who?</strong></p><p>Him.</p><p><strong>Q. When?</strong></p><p>Then.</p>"),
			[]string{"## Why in News?", "## Causes", "## FAQs", "### Q. Who?", "### Q. When?"}, nil},
		{"a numbered bold question over a list, outside FAQs", page("<h2>Discretion</h2><p><strong>Q3. What are the situational powers?</strong></p><ul><li>Appointing a chief minister.</li><li>Dismissing a ministry.</li></ul><p><strong>Q4. Can bills be kept pending?</strong>\nNo.</p>"),
			[]string{"## Discretion", "**Q3. What are the situational powers?**", "- Appointing a chief minister.", "**Q4. Can bills be kept pending?**"}, []string{"### Q3. What are the situational powers?"}},
		{"bold questions under a bold FAQ paragraph", page("<p><b>Background</b></p><p>Text.</p><p><b>FAQs</b></p><p><b>Q1. Why did the court step in at all?</b></p><p>Ans: Appeals.</p><p><b>Q2. Why is the Act a dead letter?</b></p><p>Ans: No boards.</p><p><b>Why in News?</b></p><p>News.</p>"),
			[]string{"## Background", "## FAQs", "### Q1. Why did the court step in at all?", "### Q2. Why is the Act a dead letter?", "## Why in News?"}, nil},
		{"label lines of the page's source", page("<p>Article 280 :: the FC's duties\nArticle 281 :: its report\nFirst FC: K.C. Neogy, 1951</p><p>A commission is set up\nby the President: it reports\nevery five years.</p>"),
			[]string{"Article 280 :: the FC's duties", "Article 281 :: its report", "First FC: K.C. Neogy, 1951", "A commission is set up by the President: it reports every five years."}, nil},
		{"footnotes its renderer left as text", page("<p>EU CBAM[^3] is a tax[^9].</p><p>[^3]: Part of Fit for 55.\n[^4]: Another note.</p>"),
			[]string{"EU CBAM[^3] is a tax&#91;^9].", "[^3]: Part of Fit for 55.", "[^4]: Another note."}, nil},
		{"a table its renderer left as text", page("<p>| year | area |\n|---|---|\n| 2013 | 37% |</p>"),
			[]string{"| year | area |", "|---|---|", "| 2013 | 37% |"}, nil},
		{"questions over their answers in the page's source", page("<ol><li>why is it an indicator?\n-&gt; a healthy grassland</li></ol><p><strong>Q2. Who?</strong>\nA2. Him.</p><p>Why does it matter?\nBecause it is rare.</p>"),
			[]string{"1. why is it an indicator?", "   -> a healthy grassland", "**Q2. Who?**", "A2. Him.", "Why does it matter?", "Because it is rare."}, nil},
		{"an exam tip on a line of its own in the page's source", page("<ol><li><p>why is it called graeco-buddhist?\nbcoz the style is greek.\nexam tip: write hellenistic influence.</p></li></ol>"),
			[]string{"1. why is it called graeco-buddhist?", "   bcoz the style is greek.", "   exam tip: write hellenistic influence."}, nil},
		{"an outliner's page rendered as it is", page("<ul><li><strong>Theory</strong> #imp\ncollapsed:: true<ul><li>Land heats faster than the sea.</li></ul></li><li>Related: [[ITCZ]]</li></ul>"),
			[]string{"- **Theory** #imp", "  collapsed:: true", "- Related: [[ITCZ]]"}, nil},
		{"a bold question opening its answer", page("<p><strong>Q1. Were they in the original text?</strong> A1. No. They came in 1976.</p><p><strong>Duties</strong> are owed by citizens.</p>"),
			[]string{"**Q1. Were they in the original text?**", "A1. No. They came in 1976.", "**Duties** are owed by citizens."}, nil},
		{"bold line over its text", page("<h3>Movement</h3><p><b><u>Origin</u></b><br>It began in 1973.</p><p><b>Note:</b> not a heading.</p>"),
			[]string{"#### Origin", "It began in 1973.", "**Note:** not a heading."}, nil},
		{"paragraphs in an inline element", page(`<font face="Verdana"><p>One.</p><p>Two.</p></font>`),
			[]string{"One.", "Two."}, nil},
		{"bullet signs", page("<p>Steps:<br>&bull; first<br>&middot; second<br>▪️ third</p>"),
			[]string{"Steps:", "- first", "- second", "- third"}, []string{"\ufe0f"}},
		{"questions in a row", page("<h2>FAQs</h2><details><summary>Why?</summary><p>A.</p></details><details><summary>How?</summary><p>B.</p></details>"),
			[]string{"> [!question] Why?", "> A.", "> [!question] How?", "> B."}, nil},
		{"cells spanning rows", page(`<table><tr><th>Side</th><th>Person</th></tr><tr><td rowspan="2">British</td><td>Clive</td></tr><tr><td>Watson</td></tr><tr><td colspan="2">Note: both sides had allies.</td></tr><tr><td>Bengal</td><td>Siraj</td></tr></table>`),
			[]string{"| British | Clive |", "| British | Watson |", "Note: both sides had allies.", "| Bengal | Siraj |"}, []string{"| Note", "| Watson |  |"}},
		{"tip label inside a span", page(`<p><span style="color:red"><b>Exam Tip:</b> Remember 1997.</span></p>`),
			[]string{"**Exam Tip:** Remember 1997."}, []string{"Tip:** **Exam"}},
		{"text that looks like a tag", page("<p>Write &lt;b&gt;bold&lt;/b&gt; as x &lt; y.</p>"),
			[]string{"Write &lt;b>bold&lt;/b> as x < y."}, nil},
		{"schema.org FAQ", `<html><head><title>T</title><script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"When was it fought?"},{"@type":"Question","name":"Who won?"}]}</script></head>` +
			`<body><article><h1>Plassey</h1><h2>FAQs</h2><p class="q">When was it fought?</p><p>In 1757.</p><p class="q">Who won?</p><p>The Company.</p></article></body></html>`,
			[]string{"### When was it fought?", "### Who won?"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Markdown([]byte(tt.in))
			if err != nil {
				t.Fatalf("Markdown: %v", err)
			}
			md := string(c.Text)
			lines := map[string]bool{}
			for _, l := range strings.Split(md, "\n") {
				lines[l] = true
			}
			for _, w := range tt.want {
				if !lines[w] {
					t.Errorf("Markdown lacks the line %q:\n%s", w, md)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(md, n) {
					t.Errorf("Markdown has %q:\n%s", n, md)
				}
			}
			if len(c.Origin) != strings.Count(md, "\n") {
				t.Errorf("%d origins for %d lines", len(c.Origin), strings.Count(md, "\n"))
			}
		})
	}
}

// TestPageTitle checks that the title is the article's name, not the
// site's, when the page's <title> adds the site to the heading it opens with.
func TestPageTitle(t *testing.T) {
	body := strings.Repeat("<p>Corals expel the algae in their tissues when the water is too warm, and turn white, starving and more likely to die.</p>", 4)
	tests := []struct{ name, page, want string }{
		{"h1 outside the article", `<html><head><title>Coral Bleaching - Vision Notes | UPSC</title></head><body><div class="col"><h1 class="post-title">Coral Bleaching</h1><div class="post-date">12 June 2024</div><div class="entry-content">` + body + `</div></div></body></html>`,
			"Coral Bleaching"},
		{"opening heading", `<html><head><title>Coral Bleaching :: Environment :: Site</title></head><body><table><tr><td class="leftnav"><a href="/">Home</a></td><td><h2>Coral Bleaching</h2>` + body + `</td></tr></table></body></html>`,
			"Coral Bleaching"},
		{"a blog's title after its post's", `<html><head><title>Coral Bleaching ~ Civil Services Notes</title></head><body><div class="header"><h1 class="title"><a href="/">Civil Services Notes</a></h1></div>` +
			`<div class="post"><h3 class="post-title entry-title">Coral Bleaching</h3><div class="post-body entry-content">` + body + `</div></div></body></html>`,
			"Coral Bleaching"},
		{"logo h1", `<html><head><title>Vision Notes | Coral Bleaching</title></head><body><h1><a href="/">Vision Notes</a></h1><div>` + body + `</div></body></html>`,
			"Coral Bleaching"},
		{"a word processor's headings", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Coral Bleaching</title></head><body><div class=WordSection1>` +
			`<p class=MsoTitle>Coral Bleaching</p><p class=MsoNormal>Corals turn white.</p><h1>Causes</h1>` + body + `<h1>Effects</h1>` + body + `<h1>Measures</h1>` + body + `</div></body></html>`,
			"Coral Bleaching"},
		{"a title paragraph and no <title>", `<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style>.title{font-size:26pt}</style></head><body class="doc-content">` +
			`<p class="c4 title" id="h.1"><span class="c5">Coral Bleaching</span></p><h1 id="h.2"><span>Causes</span></h1>` + body + `<h1><span>Effects</span></h1>` + body + `<h1><span>Measures</span></h1>` + body + `</body></html>`,
			"Coral Bleaching"},
		{"a title paragraph over one <h1>, as a published document has them", `<html><head><title>BoP notes – shared</title></head><body><div id="title">BoP notes – shared</div><div class="c20 doc-content">` +
			`<p class="c2 title" id="h.1"><span class="c8">Coral Bleaching</span></p><p class="c4"><span class="c1">1. Intro</span></p>` + body + `<h1 class="c9"><span>2. Causes</span></h1>` + body + `<h2 class="c12"><span>3. Effects</span></h2>` + body + `</div></body></html>`,
			"Coral Bleaching"},
		{"an <h1> under a named anchor HTML leaves open, as Evernote exports a note", `<html><head><title>Coral Bleaching – GS3 Env (NCERT + news)</title><meta name="exporter-version" content="Evernote Windows/307027"/></head>` +
			`<body><a name="4127"/><h1>Coral Bleaching – GS3 Env (NCERT + news)</h1><div>` + body + `</div></body></html>`,
			"Coral Bleaching – GS3 Env (NCERT + news)"},
		{"a press release's lone <h2> over its text, the <title> the site's", `<html><head><title>Press Release: Press Information Bureau</title></head><body>` +
			`<nav><ul><li><a href="/">Home</a></li><li><a href="/r">Releases</a></li></ul></nav><div class="content"><div class="crumb"><a href="/">Home</a> &gt; Press Releases</div>` +
			`<h2>Coral Bleaching: A Backgrounder</h2><div class="date">Posted On: 30 JAN 2025</div>` + body + `<p><strong><u>Causes</u></strong></p>` + body + `</div>` +
			`<footer><p>Content owned by Press Information Bureau</p></footer></body></html>`,
			"Coral Bleaching: A Backgrounder"},
		{"no <h1> nor <title>, as Markdown rendered without its title", `<html><head><meta charset="utf-8"></head><body><p>Sure! Here are notes.</p>` +
			`<h2>What is Coral Bleaching?</h2>` + body + `<h2>Causes</h2>` + body + `</body></html>`,
			"Coral Bleaching"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := corpus.Parse("page.html", []byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.want {
				t.Errorf("title = %q, want %q", d.Title, tt.want)
			}
			for _, h := range d.Outline {
				if h.Path[0] == tt.want {
					t.Errorf("the title is also a section: %v", h.Path)
				}
			}
			for _, p := range d.Passages {
				if strings.HasPrefix(p.Text, tt.want) {
					t.Errorf("the title is also text: %s: %q", p.Citation(), p.Text)
				}
			}
		})
	}
}

// TestPageShapes checks the sections and kinds of pages marked up in the
// ways coaching sites do.
func TestPageShapes(t *testing.T) {
	page := "<html><head><title>T</title></head><body><article><h1>Coral Bleaching</h1>" +
		"<p><strong>Why in News?</strong></p><p>NOAA confirmed the fourth global bleaching event in 2024.</p>" +
		"<p><strong>Impacts</strong></p><ul><li>Loss of biodiversity.</li><li>Loss of livelihoods.</li></ul>" +
		"<h2>Q&amp;A</h2><p><strong>Q. What are zooxanthellae?</strong></p><p>Algae living in corals.</p>" +
		"<p><strong>Q. Are bleached corals dead?</strong></p><p>No, but they starve.</p></article></body></html>"
	d, err := corpus.Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Warnings) > 0 {
		t.Errorf("warnings: %v", d.Warnings)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, fmt.Sprintf("%s (%s) %s", strings.Join(p.Section, " › "), p.Kind, p.Question))
	}
	want := []string{
		"Why in News? › 1 (development) ",
		"Impacts › 1 (section) ",
		"Impacts › 2 (section) ",
		"Q&A › 1 (faq) What are zooxanthellae?",
		"Q&A › 2 (faq) Are bleached corals dead?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("passages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestReadabilityDrops gives readability a page where it scores a table and
// a heading as clutter, and checks they are put back.
func TestReadabilityDrops(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Monsoon Notes: Impact on Farming | Site</title></head><body><nav><a href=/>Home</a></nav><div class=\"content\"><h1>Monsoon Notes: Impact on Farming</h1>")
	for i := range 6 {
		fmt.Fprintf(&b, "<p>Paragraph %d says the monsoon brings most of the rain, and farmers, traders and the government all watch it closely, since sowing, prices and reservoirs depend on it.</p>", i)
	}
	b.WriteString("<h2>Impact on Farming</h2><p>Kharif sowing follows the rain, and a weak monsoon, as in 2009, cuts the rice crop, raises prices and reduces rural demand.</p>")
	b.WriteString(`<table class="links"><tr><th>Year</th><th>Rain</th></tr><tr><td><a href="/y/2009">2009</a></td><td><a href="/r/78">78%</a></td></tr><tr><td><a href="/y/2019">2019</a></td><td><a href="/r/110">110%</a></td></tr></table>`)
	b.WriteString("<p>The closing paragraph says again that the monsoon, though variable, remains the lifeline of Indian agriculture, for crops, cattle and reservoirs alike.</p>")
	b.WriteString(`<div id="catlinks" class="catlinks"><div class="mw-normal-catlinks">Categories: <ul><li><a href="/c/1">Climate of India</a></li></ul></div><div class="mw-hidden-catlinks">Hidden categories: <ul><li>Articles with short description</li></ul></div></div>`)
	b.WriteString("</div><footer>© Site</footer></body></html>")
	c, err := Markdown([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	md := string(c.Text)
	for _, want := range []string{"# Monsoon Notes: Impact on Farming\n", "## Impact on Farming\n", "| 2009 | 78% |\n", "closing paragraph"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "© Site") || strings.Contains(md, "Home") {
		t.Errorf("Markdown keeps the page's footer or navigation:\n%s", md)
	}
	if strings.Contains(md, "categories") || strings.Contains(md, "Climate of India") {
		t.Errorf("Markdown keeps a wiki's category links:\n%s", md)
	}
}

// TestErrorsAtPageLines checks that problems, sections and passages are
// told at the lines of the saved page, not of the Markdown made from it.
func TestErrorsAtPageLines(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><head><title>T</title></head><body>\n<article>\n<h1>Topic</h1>\n<p>Definition text.</p>\n<h2>Key Points</h2>\n<ol><li>One.</li></ol>\n<h2>Empty</h2>\n<h2>FAQs</h2><p><strong>Exam Tip:</strong> Remember this.</p>\n<h2>Last</h2>\n<p>Text.</p>\n</article></body></html>\n"
	d, err := corpus.Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "page.html:9: exam tip with no question before it: cited as FAQs › Exam Tip"; len(d.Warnings) != 1 || d.Warnings[0].Error() != want {
		t.Errorf("warnings = %v, want %s", d.Warnings, want)
	}
	for _, h := range d.Outline {
		if h.Path[0] == "Empty" && (h.Line != 8 || h.Passages != 0) {
			t.Errorf("outline: %+v, want Empty at line 8 with no passages", h)
		}
	}
	lines := map[string]int{}
	for _, p := range d.Passages {
		lines[p.Citation()] = p.Line
	}
	if lines["Topic › Key Points › 1"] != 7 || lines["Topic › Last"] != 11 {
		t.Errorf("passage lines = %v, want Key Points › 1 at 7 and Last at 11", lines)
	}
}

func TestBadInput(t *testing.T) {
	deep := strings.Repeat("<div>", 20_000) + "deep text" + strings.Repeat("</div>", 20_000)
	many := "<html><body><h1>T</h1>" + strings.Repeat("<p>x</p>", MaxElements) + "</body></html>"
	tests := []struct {
		name, in, want string // want: the error, or "" for a parse that succeeds
	}{
		{"binary", "<html>\x00\xff\xfe\x01</html>", "web page has no title: no <h1> or <title>"},
		{"empty", "<!DOCTYPE html>", "web page has no title: no <h1> or <title>"},
		{"no body text", "<html><head><title>T</title></head><body></body></html>", "page.html:1: empty document: no passages after the title"},
		{"too many elements", many, fmt.Sprintf("web page too large: %d elements (the limit is %d)", MaxElements+1, MaxElements)},
		{"too large", "<html>" + strings.Repeat(" ", MaxBytes) + "</html>", "web page too large: 10 MB (the limit is 10 MB)"},
		{"deeply nested", "<html><head><title>Deep</title></head><body>" + deep + "</body></html>", "web page nested too deeply: more than 512 elements inside each other"},
		{"nested within bounds", "<html><head><title>Deep</title></head><body>" + strings.Repeat("<div>", 400) + "deep text" + "</body></html>", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := corpus.Parse("page.html", []byte(tt.in))
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Parse: %v", err)
				}
				if !strings.Contains(d.Passages[0].Text, "deep text") {
					t.Errorf("passage = %q, want the deep text", d.Passages[0].Text)
				}
				return
			}
			var es corpus.Errors
			if !errors.As(err, &es) {
				t.Fatalf("Parse error = %v, want corpus.Errors", err)
			}
			want := tt.want
			if !strings.HasPrefix(want, "page.html") {
				want = "page.html: " + want
			}
			if err.Error() != want {
				t.Errorf("Parse error = %q, want %q", err, want)
			}
		})
	}
}

// TestNestedMarks checks that a paragraph nested in many elements that
// may be marks ("[1]", "[edit]") is not copied at each of them: the bytes
// allocated do not grow with the depth.
func TestNestedMarks(t *testing.T) {
	alloc := func(depth int) uint64 {
		page := []byte("<html><body><h1>T</h1><p>" + strings.Repeat("<span>[", depth) + strings.Repeat("x ", 100_000) +
			strings.Repeat("]</span>", depth) + "</p></body></html>")
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		if _, err := Markdown(page); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc
	}
	if small, large := alloc(100), alloc(400); large > 2*small {
		t.Errorf("Markdown allocated %d bytes at depth 100, %d at depth 400; want about as many", small, large)
	}
}

// FuzzMarkdown checks properties of any conversion: no panic; when the
// page parses, unique IDs and non-empty citations and texts; and no word of
// the article's paragraphs, items, cells or headings is lost.
func FuzzMarkdown(f *testing.F) {
	for _, p := range []string{multiDoc} {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	seed, _ := corpus.Seed()
	f.Add([]byte(seedPage(seed[0])))
	f.Add([]byte("<html><body><h1>T</h1><table><tr><td>a<td>b</table><ul><li>x<ol><li>y</ol></ul><div class=tip>t</div></body></html>"))
	f.Add([]byte(`<html><head><title>Kaziranga - Wiki</title><style>.c1, .c7{font-weight:700}</style></head><body><div id="content"><h1>Kaziranga</h1>` +
		`<table class="infobox"><tr><th colspan="2">Kaziranga</th></tr><tr><th>Area</th><td>1,090 km<sup>2</sup></td></tr><tr><th>Established</th><td>1974</td></tr></table>` +
		`<p>Kaziranga is a park<sup class="reference"><a href="#c1">[1]</a></sup> in Assam.</p><h2>History<span class="edit">[<a href="#e">edit</a>]</span></h2>` +
		`<p><span class="c1">Impact</span></p><p><span style="font-weight: bold">Rhinos</span></p><p>Numbers rose.</p><div class="reflist"><ol><li>Source</li></ol></div></div></body></html>`))
	f.Add([]byte(`<html><head><title>Doc Title</title></head><body><p>Doc Title</p><h1>One</h1><p>a</p><h1>Two</h1><p>b</p><h1>Three</h1><p>c</p></body></html>`))
	f.Add([]byte(`<html><body><h1>Q?</h1><div class="answer_item_0"><div class="answer_content"><p>` + strings.Repeat("First answer text. ", 10) + `</p></div></div>` +
		`<div class="answer_item_1"><div class="answer_content"><p>` + strings.Repeat("Second answer text. ", 6) + `</p></div></div>` +
		`<section epub:type="endnotes"><aside epub:type="footnote"><p>A note. <a role="doc-backlink" href="#r">↩</a></p></aside></section>` +
		`<div class="accordion-item"><h2 class="accordion-header"><button>Panel</button></h2><div class="collapse"><p>Its text.</p></div></div></body></html>`))
	f.Add([]byte(`<html><head><title>A on X: "1/3 🧵 TOPIC — thread" / X</title></head><body><div data-testid="tweetText">one</div><div data-testid="tweetText">two</div>` +
		`<div data-testid="tweetText">three</div><div data-message-author-role="user">q?</div><div data-message-author-role="assistant"><h3>H</h3><p>a</p></div>` +
		`<div data-message-author-role="assistant"><p>b</p></div></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Markdown(data)
		if err != nil {
			return
		}
		md := string(c.Text)
		if len(c.Origin) != strings.Count(md, "\n") {
			t.Fatalf("%d origins for %d lines", len(c.Origin), strings.Count(md, "\n"))
		}
		d, err := corpus.Parse("f.html", data)
		if err != nil {
			var es corpus.Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("Parse error %v is not a non-empty Errors", err)
			}
			return
		}
		ids := map[string]bool{}
		out := words(d.Title + " " + d.Subtitle + " " + d.Category + " " + strings.Join(d.Tags, " ")) // a "#tag" line is a tag
		for k, v := range d.Meta {
			for w := range words(k + " " + v) {
				out[w] = true
			}
		}
		for _, h := range d.Outline { // a heading with no text under it is kept here
			for w := range words(strings.Join(h.Path, " ")) {
				out[w] = true
			}
		}
		for _, p := range d.Passages {
			if ids[p.ID] || strings.TrimSpace(p.Citation()) == "" || strings.TrimSpace(p.Text) == "" {
				t.Fatalf("passage %q: duplicate, or empty citation or text", p.ID)
			}
			ids[p.ID] = true
			for w := range words(strings.Join(p.Section, " ") + " " + p.Question + " " + p.Text) {
				out[w] = true
			}
		}
		// Every word of the Markdown is in the document (headings the
		// parser knows by name, like "Key Points", are in its citations),
		// read as shown: "&lt;" is "<", "&amp;" is "&" and "&#91;" is "["
		// (other references are the page's text, so their words count).
		for _, l := range strings.Split(md, "\n") {
			if strings.HasPrefix(l, "Category:") || strings.Trim(l, "|- ") == "" {
				continue
			}
			for w := range words(shown.Replace(strings.ReplaceAll(l, "**", ""))) { // "**A****B**" shows "AB"
				if !out[w] && !known(w) && !glued(w, out) {
					t.Fatalf("word %q of line %q is lost\n%s", w, l, md)
				}
			}
		}
	})
}

// glued reports whether w is words of out one after the other, as a word
// longer than a passage is cut into passages.
func glued(w string, out map[string]bool) bool {
	can := make([]bool, len(w)+1) // can[i]: w[i:] is words of out
	can[len(w)] = true
	for i := len(w) - 1; i >= 0; i-- {
		for j := i + 1; j <= len(w) && !can[i]; j++ {
			can[i] = can[j] && out[w[i:j]]
		}
	}
	return can[0]
}

// shown reads the escapes the Markdown writes as what they show.
var shown = strings.NewReplacer("&lt;", "<", "&amp;", "&", "&#91;", "[", "&#96;", "`", "&#126;", "~")

// known reports words the parser may replace: the names of the sections it
// knows ("FAQ" becomes "Frequently Asked Questions") and list numbers.
func known(w string) bool {
	if _, err := strconv.Atoi(w); err == nil {
		return true
	}
	switch w {
	case "faq", "faqs", "definition", "what", "is", "are", "a", "an", "the", "exam", "tip":
		return true
	}
	return false
}

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w] = true
	}
	return m
}

func TestReadPathsReadsPages(t *testing.T) {
	dir := t.TempDir()
	for name, page := range map[string]string{
		"a.html": "<html><body><h1>Alpha Notes</h1><p>Alpha text.</p></body></html>",
		"b.HTM":  "<html><body><h1>Beta Notes</h1><p>Beta text.</p></body></html>",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := corpus.ReadPaths(context.Background(), []string{dir}, 0)
	if err != nil || len(rep.Problems) > 0 || len(rep.Docs) != 2 || rep.Docs[0].Title != "Alpha Notes" || rep.Docs[1].Title != "Beta Notes" {
		t.Fatalf("ReadPaths(%s) = %v, %v; want both pages", dir, rep, err)
	}
}

// TestTitleWithoutSiteName checks that a <title> of the article, the site
// and a section ("Topic - Site | UPSC") gives way to the page's <h1>.
func TestTitleWithoutSiteName(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Green Hydrogen Mission - Civils Site | UPSC</title></head><body><div class="navbar"><a href="/">Home</a></div><div class="main-content"><h1>Green Hydrogen Mission</h1>`)
	for i := range 5 {
		fmt.Fprintf(&b, "<h3>Part %d</h3><p>The mission, in part %d, aims at five million tonnes of green hydrogen a year by 2030, made by electrolysis with renewable power, and at exports of its derivatives.</p>", i, i)
	}
	b.WriteString(`</div><div class="site-footer">© Civils Site</div></body></html>`)
	d, err := corpus.Parse("page.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Green Hydrogen Mission" {
		t.Errorf("title %q, want %q", d.Title, "Green Hydrogen Mission")
	}
}

// TestPageOutlines checks what some shapes of page give: paragraphs
// written as bold headings (<p><strong>…</strong></p>) head sections, a
// question among them; a <dl> gives a passage a term, with its definition,
// under the section the list is in.
func TestPageOutlines(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		want       []string
	}{
		{"bold paragraphs as headings", `<!DOCTYPE html><html><head><title>Coral Bleaching | Site</title></head><body><article><h1>Coral Bleaching</h1>
<p>Coral bleaching happens when stressed corals expel the algae living in their tissues and turn white.</p>
<p><strong>What are Coral Reefs?</strong></p>
<p>Coral reefs are structures of calcium carbonate built by colonies of coral polyps.</p>
<p><b>Causes:</b></p>
<ul><li>Rise in sea surface temperature.</li><li>Ocean acidification.</li></ul>
</article></body></html>`, []string{"What are Coral Reefs? (line 4): Coral reefs are structures", "Causes › 1 (line 6): Rise in sea surface"}},
		{"definition lists", `<!DOCTYPE html><html><head><title>Coral Reefs</title></head><body><article><h1>Coral Reefs</h1>
<p>Coral reefs are structures of calcium carbonate built by colonies of coral polyps.</p>
<h2>Key Facts</h2>
<dl><dt>Zooxanthellae</dt><dd>Algae that give corals their colour.</dd>
<div><dt>Coral Triangle</dt><dd>The western Pacific area richest in corals.</dd></div></dl>
</article></body></html>`, []string{"Key Facts › 1 (line 4): Zooxanthellae: Algae that give", "Key Facts › 2 (line 5): Coral Triangle: The western Pacific"}},
		{"a tip in a plain paragraph after an answer is the answer's", `<!DOCTYPE html><html><head><title>Revolt</title></head><body><h1>Revolt</h1>
<p>An uprising against Company rule.</p>
<h2>FAQs</h2>
<h3>Who led it at Kanpur?</h3>
<p>Nana Saheb.</p>
<p><strong>Exam Tip:</strong> Pair each leader with a centre.</p>
</body></html>`, []string{"FAQs › 1 › Exam Tip (line 6): Pair each leader"}},
		{"tip box beside the questions and a heading that does not ask", `<!DOCTYPE html><html><head><title>Revolt</title></head><body><article><h1>Revolt</h1>
<p>An uprising against Company rule.</p>
<h2>FAQs</h2>
<h3>Who led it at Kanpur?</h3>
<p>Nana Saheb.</p>
<div class="tip-box"><strong>Exam Tip:</strong> Pair each leader with a centre.</div>
<h3>Practice Question</h3>
<p>Why did it fail? Discuss.</p>
</article></body></html>`, []string{"FAQs › Exam Tip (line 6): Pair each leader", "FAQs › Practice Question (line 8): Why did it fail?"}},
		{"a word processor's <h1> sections and their <h2>s, under a note above them", `<html><head></head><body>
<p class="title">Reserve Bank</p>
<p>Notes for GS III, made in Nov 2025.</p>
<h1>Introduction</h1>
<p>The Reserve Bank is the central bank of India, set up in 1935 under an Act of 1934.</p>
<h1>Tools</h1>
<h2>Quantitative</h2>
<p>Repo rate, reverse repo, CRR and SLR, which act on the amount of credit in the economy.</p>
<h1>Governors</h1>
<p>Sanjay Malhotra has been the governor since December 2024, after Shaktikanta Das.</p>
</body></html>`, []string{"Preface (line 3): Notes for GS III", "Introduction (line 5): The Reserve Bank", "Tools › Quantitative (line 8): Repo rate"}},
		{"an Obsidian callout rendered as a quotation", `<!DOCTYPE html><html><head><title>Quad</title></head><body><article><h1>Quad</h1>
<blockquote>
<p>[!note] In one line
The Quad is a group of four democracies, India, Japan, Australia and the United States, that work together on the Indo-Pacific.</p>
</blockquote>
<h2>Key Points</h2>
<ul><li>It met at the level of leaders first in 2021, online, and in person later that year.</li></ul>
</article></body></html>`, []string{"Definition (line 3): In one line The Quad"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := corpus.Parse("page.html", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			got := outline(d, nil)
			for _, want := range tc.want {
				if !strings.Contains(got, want) {
					t.Errorf("outline lacks %q:\n%s", want, got)
				}
			}
		})
	}
}

// TestLineBreaks checks that the lines of a paragraph broken by <br> are
// read as the text reader reads such lines: "Label: value" lines keep
// their breaks, dated lines under an updates-like heading are
// developments, lines marked as list entries are entries, and prose runs
// on.
func TestLineBreaks(t *testing.T) {
	page := func(body string) string {
		return "<!DOCTYPE html><html><head><title>Plassey | Site</title></head><body><article><h1>Plassey</h1>" + body + "</article></body></html>"
	}
	for _, tc := range []struct {
		name, page string
		want       []string // citation: text
	}{
		{"labelled lines", page("<h2>Quick Facts</h2><p><b>Date:</b> 23 June 1757<br><b>Place:</b> Palashi, Bengal<br>Result: Company victory</p>"),
			[]string{"Plassey › Quick Facts: Date: 23 June 1757\nPlace: Palashi, Bengal\nResult: Company victory"}},
		{"dated lines", page("<h2>Recent Developments</h2><p>In 2019, the memorial was restored.<br>In 2023, the site got a museum.</p>"),
			[]string{"Plassey › Recent Developments › 1: In 2019, the memorial was restored.", "Plassey › Recent Developments › 2: In 2023, the site got a museum."}},
		{"entries marked with dashes and letters", page("<h2>Causes</h2><p>– The fortification of Calcutta without the Nawab's leave.<br>– The misuse of the Company's trade permits.<br>(c) Shelter given to the Nawab's enemies.</p>"),
			[]string{"Plassey › Causes › 1: The fortification of Calcutta without the Nawab's leave.", "Plassey › Causes › 2: The misuse of the Company's trade permits.",
				"Plassey › Causes › 3: Shelter given to the Nawab's enemies."}},
		{"prose runs on", page("<h2>Prose</h2><p>This paragraph has a line break<br>in the middle of a sentence.</p><p>– A lone dash line<br>stays prose.</p>"),
			[]string{"Plassey › Prose › 1: This paragraph has a line break in the middle of a sentence.", "Plassey › Prose › 2: – A lone dash line stays prose."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPassages(t, tc.name, tc.page, tc.want, func(p corpus.Passage) string {
				return p.Citation() + ": " + p.Text
			})
		})
	}
}

// TestDetails checks that a <details> box is read as its <summary> says:
// a question with the box as its answer (a FAQ's question under a FAQ
// heading), else a heading over the box's text, wherever the box stands.
func TestDetails(t *testing.T) {
	page := func(body string) string {
		return "<!DOCTYPE html><html><head><title>Corals | Site</title></head><body><article><h1>Corals</h1><p>Corals are animals.</p>" + body + "</article></body></html>"
	}
	for _, tc := range []struct {
		name, page string
		want       []string // citation (kind) question: text
	}{
		{"question outside a FAQ", page("<h2>Causes</h2><p>Warm water.</p><details><summary>Why do corals turn white?</summary>The algae leave.<p>The skeleton shows.</p></details>"),
			[]string{"Corals › Definition (definition) : Corals are animals.", "Corals › Causes › 1 (section) : Warm water.",
				"Corals › Causes › 2 (faq) Why do corals turn white?: Why do corals turn white?\nThe algae leave.\nThe skeleton shows."}},
		{"questions under a FAQ heading", page("<h2>FAQs</h2><details><summary><strong>Are bleached corals dead?</strong></summary><div><p>No.</p><ul><li>They starve.</li></ul></div></details><details><summary>Q1. Can reefs recover</summary><p>Yes.</p></details>"),
			[]string{"Corals › Definition (definition) : Corals are animals.", "Corals › FAQs › 1 (faq) Are bleached corals dead?: Are bleached corals dead?\nNo.\n- They starve.",
				"Corals › FAQs › 2 (faq) Can reefs recover: Can reefs recover\nYes."}},
		{"heading summary", page("<h2>Causes</h2><details><summary>Thresholds</summary><p>One degree for four weeks.</p></details>"),
			[]string{"Corals › Definition (definition) : Corals are animals.", "Corals › Causes › Thresholds (section) : One degree for four weeks."}},
		{"question in a quotation", page("<blockquote><p>Asked often.</p><details><summary>Why white?</summary>The algae leave.</details></blockquote>"),
			[]string{"Corals › Definition › 1 (definition) : Corals are animals.\nAsked often.", "Corals › Definition › 2 (faq) Why white?: Why white?\nThe algae leave."}},
		{"question in a list", page("<h2>Notes</h2><ul><li><details><summary>Why white?</summary>The algae leave.</details></li></ul>"),
			[]string{"Corals › Definition (definition) : Corals are animals.", "Corals › Notes (section) : Why white? The algae leave."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkPassages(t, tc.name, tc.page, tc.want, func(p corpus.Passage) string {
				return fmt.Sprintf("%s (%s) %s: %s", p.Citation(), p.Kind, p.Question, p.Text)
			})
		})
	}
}

// TestEntitiesKeepWords checks that page text that reads as markup in
// Markdown keeps its words: "&cent;" written on the page ("&amp;cent;")
// is not read as "¢", nor "<A href>" ("&lt;A href&gt;") as a tag, in the
// title, the category, prose, headings, list items and table cells, nor a
// "<" that a bold word or a zero-width space follows; nor does "[a](b)"
// lose b as a link's target.
func TestEntitiesKeepWords(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>Coins | Site</title><meta property=\"article:section\" content=\"R&amp;D &amp;amp; &lt;i&gt;x\"></head><body><article>" +
		"<h1>Coins &amp;cent; &lt;b&gt;</h1><p>A coin of one &amp;cent; or &amp;#36; is &amp;cent small; &lt;A href&gt; and &lt;<b>b</b>old and &lt;&#8203;i&gt; stay.</p>" +
		"<h2>Price &amp;cent; list</h2><ul><li>item &amp;cent; one</li><li>less &lt;Abc def&gt; g</li></ul>" +
		"<table><tr><th>coin &amp;cent;</th><th>sign</th></tr><tr><td>&lt;A b&gt;</td><td>&amp;lt;i&amp;gt;</td></tr></table></article></body></html>"
	checkPassages(t, "entities", page, []string{
		"Coins &cent; <b> › Definition: A coin of one &cent; or &#36; is &cent small; <A href> and <bold and <i> stay.",
		"Coins &cent; <b> › Price &cent; list › 1: - item &cent; one\n- less <Abc def> g",
		"Coins &cent; <b> › Price &cent; list › 2: coin &cent;: <A b>; sign: &lt;i&gt;",
	}, func(p corpus.Passage) string { return p.Citation() + ": " + p.Text })
	d, err := corpus.Parse("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "R&D &amp; <i>x"; d.Category != want {
		t.Errorf("category = %q, want %q", d.Category, want)
	}
	// Link, wiki link and footnote syntax is text too.
	checkPassages(t, "links", "<html><body><h1>T</h1><p>See [note](ref), [a][b], [[Page|alias]] and [^fn] here.</p><ul><li>[x] done</li><li>[1]: http://x.org</li></ul></body></html>",
		[]string{"T › Definition: See [note](ref), [a][b], [[Page|alias]] and [^fn] here.\n- [x] done\n- [1]: http://x.org"},
		func(p corpus.Passage) string { return p.Citation() + ": " + p.Text })
	// A title from <title> alone: "&lt;b&gt;" is text.
	d, err = corpus.Parse("page.html", []byte("<html><head><title>Coins &lt;b&gt;x</title></head><body><p>Coins are money.</p></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Coins <b>x"; d.Title != want {
		t.Errorf("title = %q, want %q", d.Title, want)
	}
}

// TestFenceMarksStayText: page text that starts as a Markdown code fence
// ("~~~ x", "```") is text, and the paragraphs after it are read as they
// are without it (found by FuzzMarkdown: they were read as code, and the
// fence's words lost).
func TestFenceMarksStayText(t *testing.T) {
	page := func(body string) string {
		return "<!DOCTYPE html><html><head><title>Notes</title></head><body><article><h1>Notes</h1><p>Lead text here.</p>" +
			"<h2>Background</h2><p>The act was passed in 2013.</p>" + body + "<p>It came into force in 2014.</p><h2>Powers</h2><p>It can summon anyone.</p></article></body></html>"
	}
	tests := []struct {
		name, body string
		want       []string // the Background section's passages
	}{
		{"a paragraph after a tilde fence", "<p>~~~ x</p>", []string{"Notes › Background: The act was passed in 2013.\n~~~ x\nIt came into force in 2014."}},
		{"a paragraph after a backtick fence", "<p>``` x</p>", []string{"Notes › Background: The act was passed in 2013.\n``` x\nIt came into force in 2014."}},
		{"a long fence alone", "<p>~~~~~</p>", []string{"Notes › Background: The act was passed in 2013.\n~~~~~\nIt came into force in 2014."}},
		{"a fence after spaces", "<p>&nbsp; ```go</p>", []string{"Notes › Background: The act was passed in 2013.\n```go\nIt came into force in 2014."}},
		{"a fence in a line break run", "<p>One.<br>~~~<br>Two.</p>", []string{"Notes › Background: The act was passed in 2013.\nOne. ~~~ Two.\nIt came into force in 2014."}},
		{"a list item that starts as a fence", "<ul><li>~~~ y</li></ul>", []string{"Notes › Background › 1: The act was passed in 2013.\n- ~~~ y", "Notes › Background › 2: It came into force in 2014."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := append(append([]string{"Notes › Definition: Lead text here."}, tt.want...), "Notes › Powers: It can summon anyone.")
			checkPassages(t, tt.name, page(tt.body), want, func(p corpus.Passage) string { return p.Citation() + ": " + p.Text })
		})
	}
}

// checkPassages parses page and checks its passages, each written by
// format, against want.
func checkPassages(tb testing.TB, name, page string, want []string, format func(corpus.Passage) string) {
	tb.Helper()
	checkFile(tb, "page.html", name, page, want, format)
}

// checkFile is checkPassages for a file of any name.
func checkFile(tb testing.TB, file, name, page string, want []string, format func(corpus.Passage) string) {
	tb.Helper()
	d, err := corpus.Parse(file, []byte(page))
	if err != nil {
		tb.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, format(p))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		tb.Errorf("Parse(%s) passages =\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLeadIsNotTheDefinition checks that a line placing the article in the
// syllabus, before its first heading, is a passage of its own and not the
// definition: the article's first paragraph is.
func TestLeadIsNotTheDefinition(t *testing.T) {
	const head = `<!DOCTYPE html><html><head><title>Salt March</title></head><body><article><h1>Salt March</h1>` + "\n"
	const intro = "<p>The Salt March of 1930 was a campaign of civil disobedience against the tax on salt.</p>\n"
	for _, tc := range []struct {
		name, page string
		definition string // the start of the definition's text
		relevance  string // the citation of the syllabus line
	}{
		{"bold syllabus label before the lead", head + "<p><strong>Syllabus:</strong> GS Paper I – the freedom struggle.</p>\n" + intro +
			"<h2>Background</h2><p>The tax on salt fell on the poorest.</p></article></body></html>",
			"The Salt March of 1930", "Salt March › Syllabus"},
		{"bold syllabus label before a question heading", head + "<p><strong>Syllabus:</strong> GS Paper I – the freedom struggle.</p>\n" +
			"<h2>What was the Salt March?</h2>\n" + intro + "<h2>Background</h2><p>The tax on salt fell on the poorest.</p></article></body></html>",
			"The Salt March of 1930", "Salt March › Syllabus"},
		{"box named for the syllabus", head + `<div class="syllabus-box">Modern history, the Gandhian phase</div>` + "\n" + intro +
			"<h2>Background</h2><p>The tax on salt fell on the poorest.</p></article></body></html>",
			"The Salt March of 1930", "Salt March › Syllabus"},
		{"paper line without a label", head + "<p>GS Paper I: Modern Indian history</p>\n" + intro +
			"<h2>Background</h2><p>The tax on salt fell on the poorest.</p></article></body></html>",
			"The Salt March of 1930", "Salt March › Relevance"},
		{"a syllabus line and no other definition", head + "<p><strong>Syllabus:</strong> GS Paper I – the freedom struggle.</p>\n" +
			"<h2>Background</h2><p>The tax on salt fell on the poorest.</p></article></body></html>",
			"", "Salt March › Syllabus"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := corpus.Parse("page.html", []byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			var def, rel string
			for _, p := range d.Passages {
				switch p.Kind {
				case corpus.KindDefinition:
					def += p.Text
				case corpus.KindRelevance:
					rel = p.Citation()
				}
			}
			if !strings.HasPrefix(def, tc.definition) || rel != tc.relevance {
				t.Errorf("Parse(%s): definition %q, relevance %q; want a definition starting %q, relevance %q\n%s",
					tc.name, def, rel, tc.definition, tc.relevance, outline(d, nil))
			}
		})
	}
}

// TestFactBoxAfterLead checks that a box of facts opening the article, as a
// wiki's infobox does, is written after the lead beside it, before the
// first heading.
func TestFactBoxAfterLead(t *testing.T) {
	box := `<table class="infobox"><tr><th>Area</th><td>1,090 km2</td></tr><tr><th>Established</th><td>1974</td></tr></table>`
	tests := []struct{ name, body, want string }{
		{"lead", box + `<p>Kaziranga is a national park in Assam.</p><p>It is a World Heritage Site.</p><h2>History</h2><p>It was a reserve forest.</p>`,
			"# Notes\n\nKaziranga is a national park in Assam.\n\nIt is a World Heritage Site.\n\nArea: 1,090 km2\nEstablished: 1974\n\n## History\n\nIt was a reserve forest.\n\n"},
		{"no lead", box + `<h2>History</h2><p>It was a reserve forest.</p>`,
			"# Notes\n\nArea: 1,090 km2\nEstablished: 1974\n\n## History\n\nIt was a reserve forest.\n\n"},
		{"only the box", box, "# Notes\n\nArea: 1,090 km2\nEstablished: 1974\n\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Markdown([]byte("<html><head><title>Notes</title></head><body><article><h1>Notes</h1>" + tt.body + "</article></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := string(c.Text); got != tt.want {
				t.Errorf("Markdown(%s) =\n%s\nwant\n%s", tt.name, got, tt.want)
			}
			if len(c.Origin) != strings.Count(string(c.Text), "\n") {
				t.Errorf("%d origins for %d lines", len(c.Origin), strings.Count(string(c.Text), "\n"))
			}
		})
	}
}

// TestConflictInfobox: a wiki's infobox of a war, its dates in a table
// nested in a row and a header over each side's cell, is a box of facts
// after the lead, each side's cell after its header; its picture's caption
// goes, its title stays.
func TestConflictInfobox(t *testing.T) {
	box := `<table class="infobox vevent"><tbody><tr><th colspan="2">Santal rebellion</th></tr>` +
		`<tr><td colspan="2"><img src="ilm.jpg"><div class="infobox-caption">The rising as The Illustrated London News drew it</div></td></tr>` +
		`<tr><td colspan="2"><table><tbody><tr><th>Date</th><td>30 June 1855 – 3 January 1856<br>(6 months)</td></tr>` +
		`<tr><th>Result</th><td><ul><li>Rebellion suppressed</li><li>Santal Parganas created</li></ul></td></tr></tbody></table></td></tr>` +
		`<tr><th colspan="2">Belligerents</th></tr><tr><td>Santal rebels</td><td>East India Company<br>Zamindars</td></tr>` +
		`<tr><th colspan="2">Strength</th></tr><tr><td>c. 60,000</td><td>Unknown</td></tr></tbody></table>`
	c, err := Markdown([]byte("<html><head><title>Santal rebellion</title></head><body><article><h1>Santal rebellion</h1>" + box +
		"<p>The Santal rebellion was a rising of the Santal people against the East India Company in 1855.</p><h2>Background</h2><p>The Santals had settled the Damin-i-koh.</p></article></body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	want := "# Santal rebellion\n\nThe Santal rebellion was a rising of the Santal people against the East India Company in 1855.\n\nSantal rebellion\n\n" +
		"Date: 30 June 1855 – 3 January 1856; (6 months)\nResult: Rebellion suppressed; Santal Parganas created\n" +
		"Belligerents: Santal rebels; East India Company; Zamindars\nStrength: c. 60,000; Unknown\n\n## Background\n\nThe Santals had settled the Damin-i-koh.\n\n"
	if got := string(c.Text); got != want {
		t.Errorf("Markdown =\n%s\nwant\n%s", got, want)
	}
}

// TestTableInMarkdown: an HTML table pasted into Markdown notes is read as
// a web page's table is, a passage a row with its columns' names, every
// passage citing the table's first line; text in it outside its cells
// is read above it, as a browser shows it; without an end it stays text.
func TestTableInMarkdown(t *testing.T) {
	notes := "# Swachh Bharat Mission\n\nA cleanliness campaign launched in 2014.\n\n## Phases\n\n" +
		"<table>Two phases <b>so far</b>.\n<tr><th></th><th>Phase I</th><th>Phase II</th></tr>\n" +
		"<tr><td>Period</td><td>2014 to 2019<br>(urban to 2021)</td><td>2020-21 to 2024-25</td></tr>\n" +
		"<tr><td>Focus</td><td>Building toilets</td><td>ODF Plus &amp; waste</td></tr>\n</table>\n\n" +
		"NB Phase II was approved in Feb 2020.\n\n## Open table\n\n<table><tr><td>a</td><td>b</td></tr>\n"
	checkFile(t, "sbm.md", "notes", notes, []string{
		"Definition | A cleanliness campaign launched in 2014. | line 3",
		"Phases › 1 | Two phases so far. | line 7",
		"Phases › 2 | Period; Phase I: 2014 to 2019 (urban to 2021); Phase II: 2020-21 to 2024-25 | line 7",
		"Phases › 3 | Focus; Phase I: Building toilets; Phase II: ODF Plus & waste | line 7",
		"Phases › 4 | NB Phase II was approved in Feb 2020. | line 13",
		"Open table | a b | line 17",
	}, func(p corpus.Passage) string {
		return fmt.Sprintf("%s | %s | line %d", strings.Join(p.Section, " › "), p.Text, p.Line)
	})
}

// TestTableStrayTextAsWritten: a table's stray text is read once, as
// written: "&lt;br&gt;" it shows is text, not a break.
func TestTableStrayTextAsWritten(t *testing.T) {
	checkFile(t, "t.md", "notes", "# T\n\nIntro.\n\n## Tags\n\n<table>Write &lt;br&gt; for a break.<tr><th>Tag</th><th>Use</th></tr><tr><td>p</td><td>paragraph</td></tr></table>\n",
		[]string{"Definition | Intro.", "Tags › 1 | Write <br> for a break.", "Tags › 2 | Tag: p; Use: paragraph"},
		func(p corpus.Passage) string { return strings.Join(p.Section, " › ") + " | " + p.Text })
}

// TestTextAfterTable: text after "</table>" on its line follows the table.
func TestTextAfterTable(t *testing.T) {
	checkFile(t, "t.md", "notes", "# T\n\nIntro.\n\n## Phases\n\n<table><tr><th>Phase</th><th>Years</th></tr><tr><td>I</td><td>2014-19</td></tr></table> Source: PIB, 2024.\n",
		[]string{"Definition | Intro.", "Phases › 1 | Phase: I; Years: 2014-19", "Phases › 2 | Source: PIB, 2024."},
		func(p corpus.Passage) string { return strings.Join(p.Section, " › ") + " | " + p.Text })
}

// TestShownFrontMatter: the front matter of Markdown notes that a renderer
// showed as text (a rule, "key: value" text, a rule) is left out; a rule
// over other text, or after the article's first words, is not front matter.
func TestShownFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		want, not  []string
	}{
		{"closed by a rule", "<hr><p>title: Lokpal\naliases:</p><ul><li>Lokayukta</li></ul><hr><h1>Lokpal</h1><p>An ombudsman.</p>",
			[]string{"# Lokpal", "An ombudsman."}, []string{"title:", "Lokayukta"}},
		{"closed by the heading its rule made", "<hr><p>title: Lokpal</p><h2>created: 2025-03-02\nstatus: revised</h2><h1>Lokpal</h1><p>An ombudsman.</p>",
			[]string{"# Lokpal", "An ombudsman."}, []string{"title:", "created", "revised"}},
		{"a rule over text", "<hr><p>Note: an ombudsman for the Union.</p><hr><h1>Lokpal</h1><p>An ombudsman.</p>",
			[]string{"Note: an ombudsman for the Union."}, nil},
		{"text before the rule", "<h1>Lokpal</h1><p>An ombudsman.</p><hr><p>status: revised</p><hr><p>More.</p>",
			[]string{"status: revised", "More."}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Markdown([]byte("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>" + tc.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			md := string(c.Text)
			for _, w := range tc.want {
				if !strings.Contains(md, w) {
					t.Errorf("lacks %q:\n%s", w, md)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(md, w) {
					t.Errorf("has %q:\n%s", w, md)
				}
			}
		})
	}
}

// TestAriaHeadings checks that a page whose headings are boxes marked as
// headings by their role, as a Notion page published to the web marks
// them (inside a box whose class says "header-block"), has its sections:
// before, readability dropped every heading and the page was one section.
func TestAriaHeadings(t *testing.T) {
	block := func(class, inner string) string {
		return `<div class="notion-selectable notion-` + class + `" style="width:100%"><div style="display:flex">` + inner + `</div></div>`
	}
	heading := func(level, text string) string {
		return block("header-block", `<div role="heading" aria-level="`+level+`" class="notranslate">`+text+`</div>`)
	}
	text := func(s string) string { return block("text-block", `<div class="notranslate">`+s+`</div>`) }
	page := `<!DOCTYPE html><html><head><title>NHRC – Notes</title></head><body><div class="notion-topbar">Share · Duplicate</div><main class="notion-frame"><div class="notion-page-content">` +
		`<h1 class="notion-page-title">NHRC – Notes</h1>` +
		text("The commission is a statutory body set up under the Protection of Human Rights Act, 1993, with its headquarters in New Delhi.") +
		heading("2", "🧾 Basics") +
		text("It was set up on 12 October 1993, in line with the Paris Principles for national human rights institutions.") +
		heading("2", "👥 Composition") +
		text("A chairperson, five full-time members and seven ex-officio members: the chairs of other national commissions.") +
		heading("3", "Removal") +
		text("The President removes the chairperson or a member on the grounds the Act names, after an inquiry by the Supreme Court.") +
		`<div role="heading">Functions</div>` +
		text("It inquires into complaints of violations of human rights, intervenes in court cases and visits jails.") +
		`</div></main><footer class="notion-footer">Made with Notion</footer></body></html>`
	checkPassages(t, "notion page", page, []string{
		"Definition: The commission is a statutory body",
		"Basics: It was set up on 12",
		"Composition: A chairperson, five full-time members and",
		"Composition › Removal: The President removes the chairperson or",
		"Functions: It inquires into complaints of violations",
	}, sectionAndWords)
}

// TestMarkerLists checks that blocks whose bullet or number a style draws
// (Notion's `--pseudoBefore--content`), not the text, are read as lists:
// one passage a long item, short items with the line that leads into
// them. Before, they were paragraphs: the lead-in "Objectives:" was a
// passage alone, and each short item another.
func TestMarkerLists(t *testing.T) {
	item := func(class, marker, text string) string {
		return `<div class="notion-selectable notion-` + class + `"><div style="display:flex"><div class="notion-list-item-box-left"><div class="pseudoBefore" style="--pseudoBefore--content: &quot;` + marker + `&quot;;"></div></div>` +
			`<div style="flex:1 1 0px"><div class="notranslate">` + text + `</div></div></div></div>`
	}
	page := `<!DOCTYPE html><html><head><title>NHRC</title></head><body><main><div class="notion-page-content"><h1>NHRC</h1>` +
		`<p>The commission is a statutory body set up under the Protection of Human Rights Act, 1993, with its headquarters in New Delhi.</p>` +
		`<h2>Timeline</h2>` +
		item("bulleted_list-block", "•", "<b>Oct 1991</b> – the Paris Principles were drafted at a workshop of national institutions in Paris.") +
		item("bulleted_list-block", "•", "<b>12 Oct 1993</b> – the commission was constituted, with a former Chief Justice as its first chairperson.") +
		item("bulleted_list-block", "•", "<b>8 Jan 1994</b> – the Protection of Human Rights Act got the President's assent, replacing the ordinance.") +
		`<h2>Functions</h2>` +
		`<div class="notion-selectable notion-text-block"><div class="notranslate">Objectives (as per Laxmikanth):</div></div>` +
		item("numbered_list-block", "1.", "strengthen the institutions") +
		item("numbered_list-block", "2.", "look into excesses independently") +
		item("numbered_list-block", "3.", "complement other efforts") +
		`</div></main></body></html>`
	checkPassages(t, "notion lists", page, []string{
		"Definition: The commission is a statutory body set up under the Protection of Human Rights Act, 1993, with its headquarters in New Delhi.",
		"Timeline › 1: Oct 1991 – the Paris Principles were drafted at a workshop of national institutions in Paris.",
		"Timeline › 2: 12 Oct 1993 – the commission was constituted, with a former Chief Justice as its first chairperson.",
		"Timeline › 3: 8 Jan 1994 – the Protection of Human Rights Act got the President's assent, replacing the ordinance.",
		"Functions: Objectives (as per Laxmikanth): / - strengthen the institutions / - look into excesses independently / - complement other efforts",
	}, func(p corpus.Passage) string { return sectionOf(p) + strings.ReplaceAll(p.Text, "\n", " / ") })
}

// TestLargeLinesOverBoldLabels checks that a blog post whose headings are
// lines in large type, each over bold labels ("Background:" run into its
// text, "Provisions:" over a list), keeps each label under its heading:
// read as bold lines too, the headings stood level with the labels, and
// "Provisions" after "Background:" was a section of its own.
func TestLargeLinesOverBoldLabels(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Charter Acts</title></head><body><div class="post"><h1 class="post-title">Charter Acts</h1><div class="post-body">` +
		`The Charter Acts renewed the East India Company's charter every twenty years.<br /><br />` +
		`<span style="font-size: large;"><b>1. Charter Act of 1813</b></span><br />` +
		`<b>Background:</b> Napoleon's Continental System had closed Europe's ports to British goods, so British merchants wanted the Indian trade.<br /><br />` +
		`<b>Provisions:</b><br />• Ended the Company's trade monopoly in India, but not in tea or with China.<br />• Set apart one lakh rupees a year for education.<br /><br />` +
		`<span style="font-size: large;"><b>2. Charter Act of 1833</b></span><br />` +
		`<b>Provisions:</b><br />• Made the Governor-General of Bengal the Governor-General of India.<br />• Ended the Company's activities as a trading body.<br />` +
		`</div></div></body></html>`
	checkPassages(t, "blogspot", page, []string{
		"Definition: The Charter Acts renewed the East",
		"Charter Act of 1813 › Background: Napoleon's Continental System had closed Europe's",
		"Charter Act of 1813 › Provisions › 1: Ended the Company's trade monopoly in",
		"Charter Act of 1813 › Provisions › 2: Set apart one lakh rupees a",
		"Charter Act of 1833 › Provisions › 1: Made the Governor-General of Bengal the",
		"Charter Act of 1833 › Provisions › 2: Ended the Company's activities as a",
	}, sectionAndWords)
}

// TestHiddenTabPanels checks that the panel of a tab not chosen when the
// page was saved (role="tabpanel", hidden until its tab is clicked) and
// an accordion's closed panel (role="region" aria-hidden="true", as
// Google Sites' collapsible groups hide an answer; it had been lost) are
// read, while other hidden boxes (a sign-up dialog) are not.
func TestHiddenTabPanels(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>PM Surya Ghar</title></head><body><main><article><h1>PM Surya Ghar</h1>` +
		`<p>A scheme for rooftop solar panels on a crore households, approved by the Cabinet in February 2024.</p>` +
		`<div role="tablist"><button role="tab" aria-selected="true">For Prelims</button><button role="tab" aria-selected="false">For Mains</button></div>` +
		`<section role="tabpanel" id="prelims"><h2>Key Highlights</h2><p>Households get up to 300 units of free electricity a month.</p></section>` +
		`<section role="tabpanel" id="mains" hidden><h2>Challenges</h2><p>Distribution companies lose their best-paying customers as rooftops generate power.</p></section>` +
		`<div class="signup-dialog" hidden><p>Subscribe to our daily newsletter for free study material.</p></div>` +
		`<h2>FAQs</h2><div><div role="button" aria-expanded="false" aria-controls="a1"><p>Who implements the scheme?</p></div>` +
		`<div id="a1" role="region" aria-hidden="true"><p>The Ministry of New and Renewable Energy, through the distribution companies.</p></div></div>` +
		`</article></main></body></html>`
	c, err := Markdown([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	md := string(c.Text)
	for _, want := range []string{"## Key Highlights", "## Challenges", "Distribution companies lose their best-paying customers", "through the distribution companies"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "newsletter") {
		t.Errorf("Markdown keeps a hidden dialog:\n%s", md)
	}
}

// sectionOf is a passage's section path, as "A › B: ".
func sectionOf(p corpus.Passage) string { return strings.Join(p.Section, " › ") + ": " }

// sectionAndWords is a passage's section path and its first six words.
// startsOf fails t for each of wants that no passage of d starts with, as
// sectionAndWords writes them, and returns how it writes them all.
func startsOf(t *testing.T, d *corpus.Document, wants ...string) []string {
	t.Helper()
	var got []string
	for _, p := range d.Passages {
		got = append(got, sectionAndWords(p))
	}
	for _, want := range wants {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, want) }) {
			t.Errorf("passages lack %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
	return got
}

func sectionAndWords(p corpus.Passage) string {
	return sectionOf(p) + strings.Join(strings.Fields(p.Text)[:min(6, len(strings.Fields(p.Text)))], " ")
}

// TestEmailLayout checks that a page laid out with tables, as an e-mail
// newsletter is (tables in tables, one column each, headings as cells in
// large bold type), is read by its blocks: sections under its headings, a
// table of data as one. Before, each cell was a paragraph and the whole
// letter one section.
func TestEmailLayout(t *testing.T) {
	heading := func(s string) string {
		return `<tr><td style="font-family:Georgia, serif; font-size:21px; font-weight:bold; color:#12355b;">` + s + `</td></tr>`
	}
	text := func(s string) string {
		return `<tr><td style="font-family:Arial, sans-serif; font-size:14px; line-height:22px;">` + s + `</td></tr>`
	}
	page := `<!DOCTYPE html><html><head><title>Daily Digest #1412</title></head><body>` +
		`<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">` +
		`<table width="640" cellpadding="0" cellspacing="0" border="0">` +
		`<tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0">` +
		heading("1. Why in news?") +
		text("The country reached twenty per cent ethanol blending in petrol five years ahead of the first target.") +
		`</table></td></tr>` +
		`<tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0">` +
		heading("2. Blending by supply year") +
		text(`<table border="1" cellpadding="8"><tr><th>Year</th><th>Blending</th></tr><tr><td>2013-14</td><td>1.5%</td></tr><tr><td>2021-22</td><td>10%</td></tr><tr><td>2024-25</td><td>19.9%</td></tr></table>`) +
		`</table></td></tr>` +
		`<tr><td style="font-size:11px;">You received this because you subscribed. Unsubscribe.</td></tr>` +
		`</table></td></tr></table></body></html>`
	c, err := Markdown([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	md := string(c.Text)
	for _, want := range []string{"### 1. Why in news?", "### 2. Blending by supply year", "| Year | Blending |", "| 2024-25 | 19.9% |"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestDiscussionReplies checks that a thread (a subreddit's page) is read
// with its replies: the long replies are passages under their authors'
// names, a reply's own heading heads it, one-line thanks are left out. A
// blog's comments follow its article the same way, but for a couple of
// thank-yous.
func TestDiscussionReplies(t *testing.T) {
	authors := []string{"u/someone", "mains_or_bust", "u/nobody", "polity_nerd"}
	reply := func(body string) string {
		author := authors[0]
		authors = authors[1:]
		return `<div class="thing comment"><div class="entry"><p class="tagline"><a class="author">` + author + `</a> 12 points</p>` +
			`<form class="usertext"><div class="usertext-body md-container"><div class="md">` + body + `</div></div></form>` +
			`<ul class="flat-list buttons"><li>permalink</li><li>reply</li></ul></div></div>`
	}
	thread := `<!DOCTYPE html><html><head><title>Writs under Art 32/226 : UPSC</title></head><body class="listing-page">` +
		`<div class="content" role="main"><div class="thing link"><p class="title"><a class="title">Writs under Art 32/226</a></p>` +
		`<div class="expando"><form class="usertext"><div class="usertext-body md-container"><div class="md"><p>I keep mixing up certiorari and prohibition. Both go to lower courts, so what is the actual difference? And which writs lie against private persons? My test series had two statement questions on this and I got both wrong.</p></div></div></form></div></div>` +
		`<div class="commentarea">` +
		reply(`<p>Prohibition is purely preventive: it is issued while the proceedings are still pending in the lower court, to stop it from going ahead without jurisdiction.</p>`+
			`<p>Certiorari is preventive and curative: it can also quash an order already passed, and since 1991 it lies against administrative authorities that affect rights.</p>`+
			`<p>Both lie against judicial and quasi-judicial bodies; neither lies against a legislature or a private person.</p>`) +
		reply(`<p>thanks!!</p>`) +
		reply(`<h3>Against private persons</h3><p>Habeas corpus lies against private individuals as well as public authorities; mandamus does not lie against a private person.</p>`+
			`<p>Quo warranto lies only for a substantive public office of a permanent character created by a statute or the Constitution, never for a private office.</p>`) +
		reply(`<p>For Mains, add that the High Court's writ power under Article 226 is wider: it runs "for any other purpose" too.</p>`) +
		`</div></div></body></html>`
	d, err := corpus.Parse("thread.html", []byte(thread))
	if err != nil {
		t.Fatal(err)
	}
	startsOf(t, d, "Replies › u/someone › 1: Prohibition is purely preventive: it is", "Against private persons › 1: Habeas corpus lies against private individuals",
		"Replies › polity_nerd: For Mains, add that the High")
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "thanks") || strings.Contains(p.Text, "permalink") || strings.Contains(p.Text, "u/someone") {
			t.Errorf("passage %q keeps a reply's chrome or a thank-you", p.Text)
		}
	}

	article := strings.Repeat("<p>Corals expel the algae in their tissues when the water is too warm, and turn white, starving and more likely to die.</p>", 6)
	// A long article with comments of some length: they follow it, each
	// under its author's name, the name without its date.
	long := `<!DOCTYPE html><html><head><title>Coral Bleaching</title></head><body><article><h1>Coral Bleaching</h1>` + strings.Repeat(article, 6) + `</article><div class="comments-area"><ol class="comment-list">` +
		`<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><cite class="fn">Sneha Kulkarni</cite> <span class="says">says:</span></div>` +
		`<div class="comment-metadata"><time datetime="2023-07-15T21:03:11+05:30">July 15, 2023 at 9:03 pm</time></div></footer>` +
		`<div class="comment-content"><p>Sir, please also cover the seagrass meadows and the mangroves of the Sundarbans in the next post, with a map if possible.</p></div></article></li>` +
		`<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><cite class="fn">Rohit Meena</cite> <span class="says">says:</span></div></footer>` +
		`<div class="comment-content"><p>One doubt: does bleaching always kill the coral, or can the reef recover once the water cools down again?</p></div></article></li>` +
		`<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><cite class="fn">Coral Notes</cite> <span class="says">says:</span></div></footer>` +
		`<div class="comment-content"><p>Good question Rohit: a reef can recover if the heat stress is short, as the algae return within weeks.</p></div></article></li>` +
		`</ol></div></body></html>`
	d, err = corpus.Parse("long.html", []byte(long))
	if err != nil {
		t.Fatal(err)
	}
	startsOf(t, d, "Definition › 1: Corals expel the algae in their", "Replies › Sneha Kulkarni: Sir, please also cover the seagrass",
		"Replies › Coral Notes: Good question Rohit: a reef can")
	// Blogger's box of all the comments is no comment's body; LinkedIn's
	// headline in a "text-xs" type is no comment's text.
	blogger := `<!DOCTYPE html><html><head><title>Coral Bleaching</title></head><body><article><h1>Coral Bleaching</h1>` + strings.Repeat(article, 3) + `</article>` +
		`<div class="comments" id="comments"><h4>2 comments:</h4><div class="comments-content"><ol><li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">Aakash Yadav</cite><span class="datetime">14 June 2023 at 21:07</span></div>` +
		`<p class="comment-content">Mam is bleaching permanent, or can a reef recover once the water cools down again after the heatwave?</p></div>` +
		`<div class="comment-replies"><ol><li class="comment"><div class="comment-block"><div class="comment-header"><cite class="user">Coral Notes</cite></div>` +
		`<p class="comment-content">It can recover if the heat stress is short: the algae come back within weeks, as in Lakshadweep in 2016.</p></div></li></ol></div></li></ol></div></div>` +
		`<section class="comments"><section class="comment"><div class="comment__body"><a class="comment__author">Amandeep Kaur</a>` +
		`<p class="!text-xs comment__author-headline">UPSC CSE aspirant | Panjab University, Chandigarh | Geography optional | Mentor at a study circle</p>` +
		`<p class="text-color-text !text-sm comment__text">Sir, one doubt: is mass bleaching now an annual event on the Great Barrier Reef, or still every few years?</p></div></section></section>` +
		`</body></html>`
	d, err = corpus.Parse("blogger.html", []byte(blogger))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Mam is bleaching permanent", "It can recover if the heat stress is short", "Sir, one doubt: is mass bleaching"} {
		if !slices.ContainsFunc(d.Passages, func(p corpus.Passage) bool { return strings.HasPrefix(p.Text, want) }) {
			t.Errorf("no passage starts with the comment %q", want)
		}
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "14 June 2023") || strings.Contains(p.Text, "Panjab University") {
			t.Errorf("passage %q keeps a comment's date or its author's headline", p.Text)
		}
	}
	blog := `<!DOCTYPE html><html><head><title>Coral Bleaching</title></head><body><article><h1>Coral Bleaching</h1>` + article + `</article>` +
		`<div id="comments" class="comments-area"><div class="comment"><div class="comment-content"><p>Great post, please write one on mangroves next, and on the seagrass meadows too!</p></div></div>` +
		`<div class="comment"><div class="comment-content"><p>Very helpful for my prelims revision, thank you so much for these notes sir.</p></div></div></div></body></html>`
	d, err = corpus.Parse("blog.html", []byte(blog))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "mangroves") || strings.Contains(p.Text, "revision") {
			t.Errorf("a blog's comment is a passage: %q", p.Text)
		}
	}
}

// TestQuestionPageAnswers checks that a question's page that asks in its
// title alone (Quora's), whose article readability takes to be its first
// answer, keeps its other answers, each under a heading of its own,
// without their authors' lines, buttons and ads, and without the question
// again under its title.
func TestQuestionPageAnswers(t *testing.T) {
	answer := func(n int, author, body string) string {
		return `<div class="q-box dom_annotate_question_answer_item_` + strconv.Itoa(n) + ` qu-borderAll">` +
			`<div class="q-flex"><span class="q-text qu-bold"><a href="/profile/x">` + author + `</a></span><span>Updated 2y</span></div>` +
			`<div class="q-box spacing_log_answer_content puppeteer_test_answer_content"><div class="q-text">` + body + `</div></div>` +
			`<div class="q-flex"><button aria-label="Upvote">Upvote · 874</button></div></div>`
	}
	long := strings.Repeat(`<p>The Speaker is the presiding officer of the Lok Sabha and the guardian of its powers and privileges, chosen from among its members.</p>`, 8)
	page := `<!DOCTYPE html><html><head><title>(3) What are the powers of the Speaker? - Quora</title>` +
		`<script type="application/ld+json">{"@context": "https://schema.org", "@type": "QAPage", "mainEntity": {"@type": "Question", "name": "What are the powers of the Speaker?", "text": "What are the powers of the Speaker?", "answerCount": 3, "suggestedAnswer": [{"@type": "Answer", "text": "Short version for prelims: the Speaker decides Money Bills."}]}}</script></head>` +
		"<body>\n<div id=\"root\"><div class=\"q-box\">\n" +
		"<div class=\"q-box qu-borderAll\">\n<div class=\"q-text puppeteer_test_question_title\"><span class=\"q-box qu-userSelect--text\"><span>What are the powers of the Speaker?</span></span></div>\n" +
		"<div class=\"q-flex\"><button type=\"button\">Answer</button><button type=\"button\">Follow · 214</button></div></div>\n" +
		answer(0, "Arjun Rao", `<p><b>Powers and functions</b></p>`+long) +
		`<div class="q-box dom_annotate_ad_promoted_answer"><div class="q-text">Sponsored</div><p>Crack UPSC with our test series, now at half price for a week.</p></div>` +
		answer(1, "Priya Nair", `<p>The answer above covers the articles, so here are the two defection cases: in Kihoto Hollohan (1992) the Court held the Speaker's decision open to judicial review.</p>`+
			`<table><tr><th>Point</th><th>Speaker</th><th>Chairman</th></tr><tr><td>Joint sitting</td><td>Presides</td><td>Never presides</td></tr></table>`) +
		answer(2, "Ravi K", `<p>Short version for prelims: the Speaker decides whether a bill is a Money Bill, and that decision is final under Article 110(3).</p>`) +
		`</div></div></body></html>`
	d, err := corpus.Parse("quora.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "What are the powers of the Speaker?" {
		t.Errorf("a question's page is titled %q, want the question without the count of notifications before it", d.Title)
	}
	if len(d.Outline) == 0 || d.Outline[0].Path[0] != "Answer 1" {
		t.Errorf("the page's outline %v does not open with its first answer", d.Outline)
	}
	got := startsOf(t, d, "Answer 1 › Powers and functions › 1: The Speaker is the presiding officer", "Answer 2 › 1: The answer above covers the articles,", "Answer 3: Short version for prelims: the Speaker")
	if !slices.ContainsFunc(d.Passages, func(p corpus.Passage) bool { return strings.Contains(p.Text, "Never presides") }) {
		t.Errorf("the second answer's table is lost:\n%s", strings.Join(got, "\n"))
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "Priya Nair") || strings.Contains(p.Text, "Upvote") || strings.Contains(p.Text, "half price") {
			t.Errorf("passage %q keeps an answer's author, its buttons or an ad", p.Text)
		}
	}
}

// TestQuestionSitePage checks a question's page of a site built like
// StackExchange's: each answer under a heading of its own with its
// number, whether it was accepted and its author, its own headings below
// that, its comments under "Comments" with their authors; no votes,
// "answered …" lines or one-word comments. Readability ran the answers
// together, an answer's first lines under the last heading of the one
// before, and dropped the comments.
func TestQuestionSitePage(t *testing.T) {
	comment := func(user, text string) string {
		return `<li class="comment"><span class="comment-score">4</span><div class="comment-body"><span class="comment-copy">` + text +
			`</span> &ndash; <a class="comment-user" href="/users/1">` + user + `</a> <span class="comment-date">Jun 14, 2024 at 9:02</span></div></li>`
	}
	answer := func(prop, class, votes, body, user, comments string) string {
		return `<div class="answer js-answer` + class + `" itemprop="` + prop + `"><div class="votecell"><button>&#9650;</button><div class="js-vote-count">` + votes + `</div></div>` +
			`<div class="answercell"><div class="s-prose js-post-body" itemprop="text">` + body + `</div>` +
			`<div class="post-signature"><div class="user-action-time">answered <span>Jun 14, 2024 at 10:12</span></div><div class="user-details"><a href="/users/2">` + user + `</a> <span class="reputation-score">12.4k</span></div></div>` +
			`<div class="comments"><ul class="comments-list">` + comments + `</ul><a class="comments-link">Add a comment</a></div></div></div>`
	}
	page := `<!DOCTYPE html><html><head><title>Why did the Quit India Movement fail to win freedom at once? - Civils Q&amp;A</title></head><body>` +
		`<header class="top-bar"><a href="/">Civils Q&amp;A</a><nav><a href="/questions">Questions</a><a href="/tags">Tags</a></nav></header>` +
		`<div id="content"><h1 itemprop="name">Why did the Quit India Movement fail to win freedom at once?</h1>` +
		`<div class="question" id="question"><div class="votecell"><div class="js-vote-count">27</div></div>` +
		`<div class="postcell"><div class="s-prose js-post-body" itemprop="text"><p>Every book says the movement of August 1942 was crushed within weeks, yet it is called the final push. How should I write a 150-word answer on why it failed in the short run?</p></div>` +
		`<div class="comments"><ul class="comments-list">` + comment("kartik_m", "The 2019 mains paper asked almost this, look at the toppers' copies.") + comment("riya", "thanks!") + `</ul></div></div></div>` +
		`<div id="answers"><h2>2 Answers</h2>` +
		answer("acceptedAnswer", " accepted-answer", "58", `<p>Short version: the leaders were arrested on the first morning, so the movement had no direction.</p>`+
			`<h3>Reasons</h3><ol><li>The Congress leaders were jailed on 9 August 1942 under Operation Zero Hour.</li><li>The Muslim League, the communists and the princes stayed away from it.</li></ol>`,
			"Devansh Rao", comment("neha.upsc", "Add that the communists backed the war after Germany attacked the Soviet Union.")) +
		answer("suggestedAnswer", "", "41", `<p>On the significance part, which the question also hints at.</p><h2>Significance</h2><p>It showed that the British could no longer rule without the consent of Indians.</p>`,
			"Arjun.Historian", "") +
		`</div></div><aside class="sidebar"><h4>Related questions</h4><ul><li><a href="/q/2">Cripps Mission in one line?</a></li></ul></aside></body></html>`
	d, err := corpus.Parse("quit-india.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := startsOf(t, d,
		"Definition: Every book says the movement of",
		"Comments: kartik_m: The 2019 mains paper asked",
		"Answer 1, accepted, by Devansh Rao: Short version: the leaders were",
		"Answer 1, accepted, by Devansh Rao › Reasons › 2: The Muslim League, the communists",
		"Answer 1, accepted, by Devansh Rao › Comments: neha.upsc: Add that the communists backed",
		"Answer 2, by Arjun.Historian: On the significance part, which",
		"Answer 2, by Arjun.Historian › Significance: It showed that the British",
	)
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "answered") || strings.Contains(p.Text, "thanks") || strings.Contains(p.Text, "12.4k") || strings.Contains(p.Text, "Cripps") || strings.Trim(p.Text, "0123456789") == "" {
			t.Errorf("passage %q is page furniture, a vote count or a one-word comment:\n%s", p.Text, strings.Join(got, "\n"))
		}
	}
}

// TestBookAndLessonPages checks an e-book chapter saved as XHTML, whose
// endnotes stand in <aside>s and whose note marks link to them (and a
// note's number back to its mark, as LibreOffice and pandoc write it), and a
// course lesson whose accordion heads each panel with a button inside a
// heading classed "accordion-header".
func TestBookAndLessonPages(t *testing.T) {
	para := `<p>Alfred Wegener put forward the theory of continental drift in 1912 and published it in 1915.<a epub:type="noteref" role="doc-noteref" href="#fn1"><sup>1</sup></a> All the continents once formed one mass, Pangaea.</p>`
	book := `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Plate Tectonics</title></head><body>` +
		`<section epub:type="chapter"><h1>Plate Tectonics</h1><section><h2>The Continental Drift Theory</h2>` + strings.Repeat(para, 4) + `</section>` +
		`<section epub:type="endnotes" role="doc-endnotes"><h2>Notes</h2><ol><li id="fn1"><aside epub:type="footnote" role="doc-footnote"><p>An English translation of the third edition appeared in 1924. <a epub:type="backlink" role="doc-backlink" href="#r1">↩</a></p></aside></li>` +
		`<li id="fn2"><aside epub:type="footnote"><p><sup><a href="#r2">2</a></sup><span>Wegener died on the Greenland ice cap in 1930.</span></p></aside></li>` +
		`<li id="fn3"><aside epub:type="footnote" role="doc-footnote"><p><a href="#r3" class="footnote-back" role="doc-backlink">3</a>. Holmes proposed convection currents in the mantle in 1931.</p></aside></li></ol></section>` +
		`</section></body></html>`
	d, err := corpus.Parse("book.html", []byte(book))
	if err != nil {
		t.Fatal(err)
	}
	notes := slices.IndexFunc(d.Passages, func(p corpus.Passage) bool { return strings.Contains(p.Text, "English translation") })
	if notes < 0 || !strings.HasPrefix(sectionOf(d.Passages[notes]), "Notes") {
		t.Errorf("the endnote is no passage of Notes: %v", d.Passages)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "1915.1") || strings.Contains(p.Text, "↩") || strings.Contains(p.Text, "2Wegener") || strings.HasPrefix(p.Text, ".") || strings.Contains(p.Text, "3.") {
			t.Errorf("passage %q keeps a note's mark", p.Text)
		}
	}

	panel := func(n int, heading, body string) string {
		return `<div class="accordion-item"><h2 class="accordion-header" id="heading` + strconv.Itoa(n) + `"><button class="accordion-button collapsed" type="button" data-bs-toggle="collapse">` + heading + `</button></h2>` +
			`<div class="accordion-collapse collapse"><div class="accordion-body">` + body + `</div></div></div>`
	}
	lesson := `<!DOCTYPE html><html><head><title>Lesson 3.2: Temple Architecture</title></head><body><nav class="breadcrumb"><a href="/">Home</a> / <a href="/c">GS1</a></nav>` +
		`<div role="main"><h1>Lesson 3.2: Temple Architecture</h1><div class="accordion" id="lesson">` +
		panel(1, "1. Nagara Style", strings.Repeat(`<p>The Nagara temple rises on a stone platform, and its curving shikhara is crowned by a ribbed amalaka.</p>`, 3)) +
		panel(2, "2. Dravida Style", strings.Repeat(`<p>The Dravida temple stands within a walled courtyard entered through a tall gopuram, and its tower is a pyramidal vimana.</p>`, 3)) +
		`</div></div></body></html>`
	if d, err = corpus.Parse("lesson.html", []byte(lesson)); err != nil {
		t.Fatal(err)
	}
	startsOf(t, d, "Nagara Style › 1: The Nagara temple rises on", "Dravida Style › 1: The Dravida temple stands within")

	// A plugin's accordion of FAQs opens each answer by a link that runs a
	// script; readability took the box for one of links, and dropped it.
	faq := func(n int, q, a string) string {
		return `<div class="ea-card sp-ea-single"><h3 class="ea-header"><a class="collapsed" data-sptoggle="spcollapse" href="javascript:void(0)" aria-expanded="false"><i aria-hidden="true" class="ea-expand-icon"></i> ` + q + `</a></h3>` +
			`<div class="sp-collapse spcollapse" id="collapse` + strconv.Itoa(n) + `"><div class="ea-body"><p>` + a + `</p></div></div></div>`
	}
	post := `<!DOCTYPE html><html><head><title>Wetland Rules, 2017</title></head><body><div class="td-post-content"><h1>Wetland Rules, 2017</h1>` +
		`<h2><span id="Frequently_Asked_Questions">Frequently Asked Questions</span></h2><div class="sp-ea-one sp-easy-accordion">` +
		faq(1, "Who heads a State Wetlands Authority?", "The State or UT minister in charge of the environment; the Secretary of the Ministry chairs the National Wetlands Committee instead.") +
		faq(2, "Can a small village pond be notified as a wetland?", "Yes. Size is no bar: any wetland, whatever its size, ownership or location, can be notified unless it falls in an excluded category.") +
		`</div><h2><span id="Practice_Questions">Practice Questions</span></h2><div class="mcq-box"><p><strong>Prelims Practice Question</strong></p>` +
		`<p>Q. With reference to the Wetland Rules, 2017, consider the following statements: 1. They are notified under the Environment (Protection) Act, 1986. 2. Paddy fields can be notified as wetlands under them. Which of the statements given above is/are correct? (a) 1 only (b) 2 only (c) both (d) neither</p>` +
		`<div class="su-spoiler"><div class="su-spoiler-title" role="button">Show Answer</div><div class="su-spoiler-content">Answer: (a). Paddy fields are excluded.</div></div></div></div></body></html>`
	if d, err = corpus.Parse("rules.html", []byte(post)); err != nil {
		t.Fatal(err)
	}
	got := startsOf(t, d, "Frequently Asked Questions › 2: Can a small village pond be")
	if !slices.ContainsFunc(d.Passages, func(p corpus.Passage) bool { return strings.Contains(p.Text, "Size is no bar") }) {
		t.Errorf("an accordion's answers are lost:\n%s", strings.Join(got, "\n"))
	}
}

// TestChatAndThreadPages checks two pages readability reads in part: a
// ChatGPT conversation shared by link, each question of the user heading
// the assistant's answer to it (it kept the first answer alone), and a
// thread saved from X, titled by its first post (not "Name on X") and
// every post a passage (it kept some posts and dropped others).
func TestChatAndThreadPages(t *testing.T) {
	turn := func(role, body string) string {
		return `<article data-testid="conversation-turn"><h5 class="sr-only">` + role + ` said:</h5><div data-message-author-role="` + role + `"><div class="markdown prose">` + body + `</div></div></article>`
	}
	chat := `<!DOCTYPE html><html><head><title>ChatGPT - Parliamentary Committees</title></head><body><main><h1>Parliamentary Committees</h1>` +
		turn("user", "notes on parliamentary committees for upsc") +
		turn("assistant", `<h3>Financial committees</h3><p>The Public Accounts Committee has 22 members, 15 from the Lok Sabha and 7 from the Rajya Sabha.</p><p>The Estimates Committee has 30 members, all from the Lok Sabha.</p>`) +
		turn("user", "now explain DRSCs") +
		turn("assistant", `<p>There are 24 Departmentally Related Standing Committees, set up in 1993 on the Rules Committee's advice.</p>`) +
		`<footer>ChatGPT can make mistakes. Check important info.</footer></main></body></html>`
	d, err := corpus.Parse("chat.html", []byte(chat))
	if err != nil {
		t.Fatal(err)
	}
	startsOf(t, d, "notes on parliamentary committees for upsc › Financial committees › 1: The Public Accounts Committee has 22",
		"now explain DRSCs: There are 24 Departmentally Related Standing")

	post := func(text string) string {
		return `<article data-testid="tweet" role="article"><div><span>Ananya Sharma</span><span>@ananya</span><time>Mar 3</time></div>` +
			`<div data-testid="tweetText" lang="en"><span>` + text + `</span></div><div role="group"><button>12</button><button>Show more</button></div></article>`
	}
	thread := `<!DOCTYPE html><html><head><title>Ananya Sharma on X: "1/3 🧵 CRIPPS MISSION (1942) — full thread for Prelims …" / X</title></head><body><div id="react-root"><main>` +
		`<h1>Conversation</h1>` + post("1/3 🧵 CRIPPS MISSION (1942) — full thread for Prelims") +
		post("2/3 A mission sent by the British War Cabinet in March 1942, headed by Sir Stafford Cripps.") +
		post("3/3 Gandhi called the offer a post-dated cheque.") +
		`<div>Replying to @ananya</div>` + post("Correction: the Quit India resolution was passed on 8 August 1942.") +
		`<aside><h2>Who to follow</h2><p>UPSC Daily</p></aside></main></div></body></html>`
	if d, err = corpus.Parse("thread.html", []byte(thread)); err != nil {
		t.Fatal(err)
	}
	if d.Title != "CRIPPS MISSION (1942)" {
		t.Errorf("title %q, want the first post's subject", d.Title)
	}
	startsOf(t, d, "Thread › 2: 2/3 A mission sent by the", "Thread › 3: 3/3 Gandhi called the offer", "Thread › 4: Correction: the Quit India resolution was")
}

// TestKindleNotebook reads a notebook exported by the Kindle app: the
// book's title titles the notes, its authors open them, its chapters are
// sections, each highlight a passage and the reader's note marked as one;
// the lines over them and "Notebook Export" are no text. It had been
// refused: no <h1> or <title>. A part of a chapter named over a
// highlight ("Governors > Page 160") is a section within it, and a note
// made at a highlight's place is read with it.
func TestKindleNotebook(t *testing.T) {
	page := `<?xml version="1.0" encoding="UTF-8" ?><html><head><meta charset="UTF-8"></head><body><div class="bodyContainer">` +
		`<div class="notebookFor">Notebook Export</div><div class="bookTitle">Indian Polity</div><div class="authors">M. Laxmikanth</div><hr/>` +
		`<div class="sectionHeading">Chapter 13: Federal System</div>` +
		`<div class="noteHeading">Highlight(<span class="highlight_yellow">yellow</span>) - Page 142 · Location 3120</div>` +
		`<div class="noteText">The Indian federal system is based on the Canadian model and not on the American model.</div>` +
		`<div class="noteHeading">Note - Page 142 · Location 3121</div><div class="noteText">Canada: a strong Centre.</div>` +
		`<div class="sectionHeading">Chapter 14: Centre–State Relations</div>` +
		`<div class="noteHeading">Highlight(<span class="highlight_blue">blue</span>) - Page 150 · Location 3300</div>` +
		`<div class="noteText">Articles 245 to 255 in Part XI of the Constitution deal with legislative relations.</div>` +
		`<div class="noteHeading">Highlight(<span class="highlight_pink">pink</span>) - Governors &gt; Page 160 · Location 3400</div>` +
		`<div class="noteText">The Governor is appointed by the President under Article 155.</div>` +
		`<div class="noteHeading">Note - Governors &gt; Page 160 · Location 3400</div><div class="noteText">Sarkaria: consult the CM first!!</div>` +
		`</div></body></html>`
	d, err := corpus.Parse("notebook.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Indian Polity › Definition: M. Laxmikanth", // the authors, under the title
		"Indian Polity › Chapter 13: Federal System › 1: The Indian federal system is based on the Canadian model and not on the American model.",
		"Indian Polity › Chapter 13: Federal System › 2: Note: Canada: a strong Centre.",
		"Indian Polity › Chapter 14: Centre–State Relations: Articles 245 to 255 in Part XI of the Constitution deal with legislative relations.",
		"Indian Polity › Chapter 14: Centre–State Relations › Governors: The Governor is appointed by the President under Article 155. Note: Sarkaria: consult the CM first!!",
	}
	if d.Title != "Indian Polity" || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("title %q, passages\n%s\nwant \"Indian Polity\" and\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBoxOverTheStory: a "Why in news?" box between a news page's
// headline and its story, which readability leaves out, is a section of
// the article, after the story's lead.
func TestBoxOverTheStory(t *testing.T) {
	para := func(s string) string {
		return "<p>" + strings.Repeat(s+" The market, the central bank and the government all have a part in this, as the figures show. ", 3) + "</p>"
	}
	page := "<!DOCTYPE html><html><head><title>Explained: the rupee at 90</title></head><body>" +
		"<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav></header>" +
		"<main><article><h1>Explained: the rupee at 90</h1><div class='byline'>By A. Rao | December 6, 2025</div>" +
		"<div class='share-bar'><a href='#'>WhatsApp</a> <a href='#'>X</a></div>" +
		"<div class='why-in-news'><h4>Why in news?</h4><p>On December 3, 2025, the rupee breached 90 per US dollar for the first time ever.</p></div>" +
		"<div class='story-body'>" + para("The rupee's slide past 90 set off the usual worries about costlier fuel.") +
		"<h2>What is an exchange rate?</h2>" + para("An exchange rate is the price of one currency in terms of another.") +
		"<h2>How is the rupee's value decided?</h2>" + para("India runs a managed float: the market sets the rate and the RBI smooths it.") +
		"<h2>Key takeaways</h2>" + para("A weaker rupee helps exporters and hurts importers.") + "</div></article></main>" +
		"<footer><p>© 2025 The Daily Ledger. All rights reserved.</p></footer></body></html>"
	c, err := Markdown([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	md := string(c.Text)
	lead, box, first := strings.Index(md, "The rupee's slide"), strings.Index(md, "Why in news?"), strings.Index(md, "What is an exchange rate?")
	if !strings.Contains(md, "breached 90 per US dollar") || lead < 0 || box < 0 || !(lead < box && box < first) {
		t.Errorf("Markdown = %s\nwant the story's lead, then the box's heading and text, then its sections", md)
	}
}

// TestWikiEditLinks: the "[edit]" link beside each heading of a saved wiki
// page goes before readability scores the page, so that a heading and its
// link do not read as a box of links, and go with it.
func TestWikiEditLinks(t *testing.T) {
	heading := func(id, name string) string {
		return `<div class="mw-heading mw-heading2"><h2 id="` + id + `">` + name + `</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>` +
			`<a href="https://en.wikipedia.org/w/index.php?title=Edicts&amp;action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></div>` + "\n"
	}
	para := `<p>Ashoka had his edicts cut into rocks and pillars across the subcontinent, in Prakrit and in the Brahmi script, to spread his policy of Dhamma among his subjects.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>` + "\n"
	page := `<!DOCTYPE html><html><head><title>Edicts of Ashoka - Wikipedia</title></head><body>
<nav id="mw-panel-toc"><ul><li><a href="#Background">Background</a></li><li><a href="#Dhamma">Dhamma</a></li><li><a href="#Legacy">Legacy</a></li></ul></nav>
<main id="content"><h1 id="firstHeading">Edicts of Ashoka</h1><div id="mw-content-text"><div class="mw-parser-output">
` + para + heading("Background", "Background") + para + heading("Language_and_script", "Language and script") + para + para +
		heading("Dhamma", "Dhamma") + para + heading("Legacy", "Legacy") + para + `</div></div></main></body></html>`
	checkWikiOutline(t, page, "Background (line", "Language and script › 1 (line", "Dhamma (line", "Legacy (line")
}

// TestMobileWikiSections: a page from Wikipedia's mobile site, each
// section a collapsible block under a heading that opens it and carries an
// edit button: readability keeps the blocks' text but drops the headings
// between them, so the page's main part is read whole, every section under
// its own heading.
func TestMobileWikiSections(t *testing.T) {
	heading := func(n int, id, name string) string {
		return `<div class="mw-heading mw-heading2 section-heading" onclick="mfTempOpenSection(` + strconv.Itoa(n) + `)"><span class="indicator mf-icon mf-icon-expand"></span><h2 id="` + id + `">` + name + `</h2>` +
			`<span class="mw-editsection"><a role="button" href="/w/index.php?title=Edicts&amp;action=edit&amp;section=` + strconv.Itoa(n) + `" class="cdx-button cdx-button--icon-only"><span class="minerva-icon minerva-icon--edit"></span><span>edit</span></a></span></div>` + "\n"
	}
	para := func(topic string) string {
		return `<p>The edicts on ` + topic + ` were cut into rocks and pillars across the subcontinent, in Prakrit and in the Brahmi script, to spread Ashoka's policy of Dhamma among his subjects.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>` + "\n"
	}
	section := func(n int, topic string) string {
		return `<section class="mf-section-` + strconv.Itoa(n) + ` collapsible-block" id="mf-section-` + strconv.Itoa(n) + `">` + para(topic) + para(topic+" again") + "</section>\n"
	}
	page := `<!DOCTYPE html><html><head><title>Edicts of Ashoka - Wikipedia</title></head><body>
<header class="header-container"><a href="/wiki/Main_Page">Wikipedia</a></header>
<main id="content"><h1 id="firstHeading">Edicts of Ashoka</h1><div id="mw-content-text"><div class="mw-parser-output">
<section class="mf-section-0" id="mf-section-0">` + para("the lead") + `</section>
` + heading(1, "Background", "Background") + section(1, "background") + heading(2, "Language", "Language and script") + section(2, "language") +
		heading(3, "Dhamma", "Dhamma") + section(3, "dhamma") + heading(4, "Legacy", "Legacy") + section(4, "legacy") + `</div></div></main></body></html>`
	checkWikiOutline(t, page, "Background (line", "Language and script › 2 (line", "Dhamma › 1 (line", "Legacy › 2 (line")
}

// checkWikiOutline parses a wiki's page and checks that its outline has
// each of wants, and none of the wiki's marks ("edit", "[1]").
func checkWikiOutline(t *testing.T, page string, wants ...string) {
	t.Helper()
	d, err := corpus.Parse("edicts.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := outline(d, nil)
	for _, want := range wants {
		if !strings.Contains(got, want) {
			t.Errorf("outline lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "edit") || strings.Contains(got, "[1]") {
		t.Errorf("a wiki's marks are read:\n%s", got)
	}
}

// TestLiveBlogTimes: a live blog's update stamped with its time over its
// heading is headed with the time, not ended by the next one's.
func TestLiveBlogTimes(t *testing.T) {
	entry := func(clock, title, text string) string {
		return `<div class="lb-entry"><div class="lb-time"><time datetime="2024-08-01"><span class="lb-clock">` + clock + `</span> <span class="lb-date">Aug 01, 2024</span></time></div>` +
			`<h3 class="lb-title">` + title + `</h3><div class="lb-body"><p>` + text + `</p></div></div>` + "\n"
	}
	page := `<!DOCTYPE html><html><head><title>Wayanad live</title></head><body><article><h1>Wayanad Landslide Live Updates, Day 3</h1>` +
		entry("10:20 PM IST", "Search split into six zones", "District officials said teams would work in six zones from Friday, each with the Army, NDRF and volunteers.") +
		entry("9:35 PM IST", "DNA samples at Meppadi", "Post-mortems are being done at the Meppadi health centre and DNA samples kept for the unidentified.") +
		`</article></body></html>`
	got := corpustest.Passages(t, "live.html", []byte(page))
	want := []string{
		"Wayanad Landslide Live Updates, Day 3 › Search split into six zones (10:20 PM IST Aug 01, 2024): District officials said teams would work in six zones from Friday, each with the Army, NDRF and volunteers.",
		"Wayanad Landslide Live Updates, Day 3 › DNA samples at Meppadi (9:35 PM IST Aug 01, 2024): Post-mortems are being done at the Meppadi health centre and DNA samples kept for the unidentified.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFactBoxes: boxes of an article's own set in <aside>s inside its
// <article> (a heading over a list of figures, a bold title over a fact)
// are its text, where they had been dropped with the page's sidebars: the
// list a part of the section it stands in, its entries a passage each, the
// fact one passage with its title, and the section's text after them still
// the section's. A sidebar beside the article stays out.
func TestFactBoxes(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " Glacial lakes grow as the glaciers that feed them retreat, and a weak wall of debris holds many of them back.</p>\n"
	}
	page := `<!DOCTYPE html><html><head><title>Glacial lakes</title></head><body><main><article><h1>Glacial lakes</h1>
` + para("A glacial lake outburst flood is the sudden release of a lake's water.") + `<h2>Why in news?</h2>
` + para("The NDMA has begun a mitigation project in four states.") + `<aside class="factbox"><h4>Quick numbers</h4><ul><li>About 7,500 glacial lakes in the Indian Himalaya</li><li>189 lakes marked high-risk</li></ul></aside>
<h2>Past floods</h2>
` + para("Kedarnath was hit in 2013.") + `<aside class="box"><p class="box-title"><strong>Do you know?</strong></p><p>The Chorabari lake burst over Kedarnath in June 2013.</p></aside>
` + para("Sikkim was hit in 2023.") + `</article>
<aside class="sidebar"><h4>Popular posts</h4><ul><li>Ten tips for prelims</li><li>Monsoon notes</li></ul></aside></main></body></html>`
	d, err := corpus.Parse("lakes.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range d.Passages {
		got[strings.Join(strings.Fields(p.Text), " ")] = strings.Join(p.Section, " › ")
	}
	for text, sec := range map[string]string{
		"About 7,500 glacial lakes in the Indian Himalaya":                                                                                      "Why in news? › Quick numbers › 1",
		"Do you know? The Chorabari lake burst over Kedarnath in June 2013.":                                                                    "Past floods › 2",
		"Sikkim was hit in 2023. Glacial lakes grow as the glaciers that feed them retreat, and a weak wall of debris holds many of them back.": "Past floods › 3",
	} {
		if got[text] != sec {
			t.Errorf("%q is cited %q, want %q:\n%s", text, got[text], sec, outline(d, nil))
		}
	}
	if o := outline(d, nil); strings.Contains(o, "Popular posts") || strings.Contains(o, "tips for prelims") {
		t.Errorf("the sidebar is read:\n%s", o)
	}
}

// TestMastheadTagline: a newsletter's tagline, alone with its title in the
// masthead's box, is the subtitle, not the definition.
func TestMastheadTagline(t *testing.T) {
	c, err := Content([]byte(`<!DOCTYPE html><html><head><title>THE POLICY DESK</title></head><body><table><tr><td><h1>THE POLICY DESK</h1><p>Economy, decoded for UPSC | Issue #41 | Saturday, 4 October 2025</p></td></tr>` +
		`<tr><td><h2>The big story</h2><p>The Monetary Policy Committee voted to leave the repo rate at 5.50%.</p></td></tr></table></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	d, err := corpus.Parse("desk.md", c.Text)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Economy, decoded for UPSC | Issue #41 | Saturday, 4 October 2025"; d.Subtitle != want {
		t.Errorf("subtitle %q, want %q:\n%s", d.Subtitle, want, c.Text)
	}
}

// TestAnswersUnderAQuestionsDetails reads a question's page whose answers
// are classed "answer" among other words ("aa-answer", "answer-body") and
// whose question is its details' paragraph, not a post: the details open
// it, each answer under a heading of its own with its author, those shown
// only on a click marked collapsed.
func TestAnswersUnderAQuestionsDetails(t *testing.T) {
	answer := func(n int, author, body string) string {
		return `<div class="aa-answer" id="answer-` + strconv.Itoa(n) + `"><div class="aa-author"><a href="/profile/x">` + author + `</a> <span class="aa-date">Aug 14, 2025</span></div>` +
			`<div class="answer-body">` + body + `</div><div class="aa-answer-footer"><button>Upvote · 864</button></div></div>`
	}
	page := `<!DOCTYPE html><html><head><title>How do CPI and WPI differ? - AnswerAdda</title></head><body><nav><a href="/">Home</a></nav><main>` +
		`<div class="aa-question"><h1 class="aa-question-title">How do CPI and WPI differ?</h1><p class="aa-question-details">Every book gives a different base year for the two indices.</p></div>` +
		answer(1, "Ritika Sharma", `<p>WPI measures prices at the first point of bulk sale; CPI measures what households pay at the shop.</p><p><b>Who makes what</b></p><p>The NSO compiles CPI and the Office of the Economic Adviser compiles WPI.</p>`) +
		answer(2, "Arvind Nair", `<p>The inflation target is fixed by the Central Government under Section 45ZA of the RBI Act.</p>`) +
		`<details class="aa-collapsed"><summary>1 more answer collapsed</summary>` +
		answer(3, "Eco Notes Hub", `<p>CPI is retail and WPI is wholesale; join our channel for more notes on inflation.</p>`) + `</details></main></body></html>`
	checkPassages(t, "answers", page, []string{
		"How do CPI and WPI differ? › Definition: Every book gives a different base year for the two indices.",
		"How do CPI and WPI differ? › Answer 1, by Ritika Sharma: WPI measures prices at the first point of bulk sale; CPI measures what households pay at the shop.",
		"How do CPI and WPI differ? › Answer 1, by Ritika Sharma › Who makes what: The NSO compiles CPI and the Office of the Economic Adviser compiles WPI.",
		"How do CPI and WPI differ? › Answer 2, by Arvind Nair: The inflation target is fixed by the Central Government under Section 45ZA of the RBI Act.",
		"How do CPI and WPI differ? › Answer 3, collapsed, by Eco Notes Hub: CPI is retail and WPI is wholesale; join our channel for more notes on inflation.",
	}, func(p corpus.Passage) string { return p.Citation() + ": " + p.Text })
}

// TestWordWebPage reads a document Word saved as a web page (and one
// LibreOffice exported) whole, as the document it is: its footnotes kept
// under "Footnotes", beside its sections, not dropped as a page's clutter
// nor read as its last section's or its FAQ's.
func TestWordWebPage(t *testing.T) {
	word := `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">` +
		`<head><meta name=Generator content="Microsoft Word 15 (filtered)"><title>ISA notes</title></head><body lang=EN-IN><div class=WordSection1>` +
		`<h1>ISA and OSOWOG</h1><p class=MsoNormal>The International Solar Alliance is a treaty-based body<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>[1]</span></a> with its headquarters at Gurugram.</p>` +
		`<h1>PYQ &amp; practice questions</h1><p class=MsoNormal><b>Mains (practice):</b> What is the OSOWOG initiative? Examine its prospects.</p></div>` +
		`<div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%"><div style='mso-element:footnote' id=ftn1>` +
		`<p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><span class=MsoFootnoteReference>[1]</span></a> Treaty-based = created by an international agreement that countries sign and ratify.</p></div></div></body></html>`
	libre := strings.Replace(strings.Replace(word, `content="Microsoft Word 15 (filtered)"`, `content="LibreOffice 7.4.7.2 (Linux)"`, 1), ` xmlns:w="urn:schemas-microsoft-com:office:word"`, "", 1)
	libre = strings.Replace(strings.Replace(libre, `<div style='mso-element:footnote-list'>`, `<div>`, 1), `<div style='mso-element:footnote' id=ftn1>`, `<div id="sdfootnote1">`, 1)
	for name, page := range map[string]string{"word": word, "libreoffice": libre} {
		d, err := corpus.Parse("isa.htm", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range d.Passages {
			got = append(got, p.Citation())
			if strings.Contains(p.Text, "created by an international agreement") && !strings.HasSuffix(p.Citation(), " › Footnotes") {
				t.Errorf("%s: the footnote is cited %s", name, p.Citation())
			}
		}
		if !slices.ContainsFunc(got, func(c string) bool { return strings.HasSuffix(c, " › Footnotes") }) {
			t.Errorf("%s: no footnote among %q", name, got)
		}
	}
}

// TestBoxesBesideTheStory: what readability drops around a feature's
// text comes back: a box of key terms after a pull quote, a lead picture's
// caption, an AMP page's "Key takeaways" accordion after the standfirst;
// the sidebar of related stories stays out.
func TestBoxesBesideTheStory(t *testing.T) {
	var text strings.Builder
	for i := range 6 {
		fmt.Fprintf(&text, "<p>The active layer of the permafrost deepens a little every summer, paragraph %d, and the microbes in it wake up to eat carbon frozen for thousands of years; where the soil is wet they make methane, where it is dry they breathe out carbon dioxide, and either way the gas adds to the warming.</p>", i)
		if i == 2 {
			text.WriteString(`<blockquote class="pullquote"><p>It is not a bomb that goes off once. It is a tap that has been opened.</p></blockquote>` +
				`<aside class="explainer-box"><h4>Key terms</h4><ul><li><strong>Talik:</strong> a pocket of ground that stays unfrozen all year inside or under permafrost.</li>` +
				`<li><strong>Yedoma:</strong> Ice Age permafrost that is mostly ice by volume and rich in organic carbon.</li></ul></aside><h2>Abrupt thaw</h2>`)
		}
	}
	feature := `<!DOCTYPE html><html><head><title>When the ground gives way | Earthlines</title></head><body>` +
		`<header class="site-header"><nav><a href="/">Home</a> <a href="/climate">Climate</a></nav></header><main><article class="post">` +
		`<header class="entry-header"><h1>When the ground gives way</h1><div class="byline">By A. Writer | 3 March 2025</div></header>` +
		`<figure class="hero-image"><img src="crater.jpg" alt="A crater"><figcaption>The Batagaika megaslump in Yakutia, a thaw scar close to a kilometre across.</figcaption></figure>` +
		`<div class="entry-content">` + text.String() + `</div></article>` +
		`<aside class="sidebar"><h3>Related stories</h3><ul><li><a href="/a">Zombie fires in the Arctic</a></li><li><a href="/b">Why the Arctic warms faster</a></li></ul></aside>` +
		`</main><footer><p>Copyright Earthlines 2025.</p></footer></body></html>`
	amp := strings.Replace(strings.Replace(feature, `<html>`, `<html amp>`, 1), `<div class="entry-content">`,
		`<p class="synopsis">Ground that was meant to stay frozen is thawing, and its carbon with it.</p>`+
			`<amp-accordion class="takeaways"><section expanded><h4 role="tab">Key takeaways</h4><div role="tabpanel"><ul>`+
			`<li>Permafrost holds about twice the carbon the atmosphere holds today.</li><li>Abrupt thaw touches a fifth of the region but may release half its carbon.</li>`+
			`</ul></div></section></amp-accordion><div class="entry-content">`, 1)
	for name, page := range map[string]string{"feature": feature, "amp": amp} {
		c, err := Markdown([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		md := string(c.Text)
		wants := []string{"stays unfrozen all year", "a thaw scar close to a kilometre across"}
		if name == "amp" {
			wants = append(wants, "twice the carbon the atmosphere holds")
		}
		for _, want := range wants {
			if !strings.Contains(md, want) {
				t.Errorf("%s: Markdown lacks %q:\n%s", name, want, md)
			}
		}
		if strings.Contains(md, "Zombie fires") {
			t.Errorf("%s: Markdown keeps the sidebar:\n%s", name, md)
		}
	}
}

// TestKeyFactsOverTheArticle: a fact sheet's "Key facts", a box over its
// <article> headed so but not named so, is kept; a comment box whose
// heading quotes a title with those words is not taken for it.
func TestKeyFactsOverTheArticle(t *testing.T) {
	var body strings.Builder
	for i := range 4 {
		fmt.Fprintf(&body, "<h2>Part %d</h2><p>Antimicrobial resistance occurs when bacteria, viruses, fungi and parasites no longer respond to medicines, paragraph %d, and infections become harder to treat, raising the risk of severe illness and death.</p>", i+1, i+1)
	}
	page := `<!DOCTYPE html><html><head><title>Antimicrobial resistance in India</title></head><body><nav><a href="/">Home</a></nav>` +
		`<div class="container"><h1>Antimicrobial resistance in India</h1><div class="row"><div class="col-md-9">` +
		`<div class="sf-content-block content-block"><div><h3>Key facts</h3><ul><li>Bacterial AMR was directly responsible for 1.27 million deaths in 2019.</li>` +
		`<li>India launched its first National Action Plan on AMR in April 2017.</li></ul></div></div>` +
		`<article class="sf-detail-body-wrapper">` + body.String() + `</article></div></div></div>` +
		`<div class="comments"><h3>2 thoughts on “AMR: Key Facts”</h3><ul><li>Very crisp notes, thank you.</li></ul></div>` +
		`<footer><p>© WHO 2025</p></footer></body></html>`
	c, err := Markdown([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	md := string(c.Text)
	for _, want := range []string{"## Key facts", "- Bacterial AMR was directly responsible for 1.27 million deaths in 2019.", "## Part 4"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "crisp notes") {
		t.Errorf("Markdown keeps the comments:\n%s", md)
	}
}

// TestAccordionButtons: a page of FAQs whose questions are the buttons
// that open their answers keeps each question with its answer; a button
// that opens a panel on a topic heads it; a button that opens nothing
// ("Print this page") is dropped.
func TestAccordionButtons(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>FAQs | DIPAM</title></head><body><main><h1>Disinvestment FAQs</h1>` +
		`<p>Answers to questions the Department commonly receives on disinvestment and asset monetisation.</p>` +
		`<h2>General</h2><button aria-controls="faq-1" aria-expanded="false">Q1. Where do the proceeds from disinvestment go?</button>` +
		`<div class="panel" id="faq-1"><p>Disinvestment proceeds are credited to the National Investment Fund, which is part of the Public Account.</p></div>` +
		`<button aria-controls="topic-2">Strategic sale stages</button>` +
		`<div class="panel" id="topic-2"><p>A strategic sale moves from the in-principle approval to the share purchase agreement in six stages.</p></div>` +
		`<button onclick="print()">Print this page now</button></main></body></html>`
	d, err := corpus.Parse("faqs.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	joined := strings.Join(got, "\n")
	for _, want := range []string{"Where do the proceeds from disinvestment go?", "General › Strategic sale stages: A strategic sale moves"} {
		if !strings.Contains(joined, want) {
			t.Errorf("passages lack %q:\n%s", want, joined)
		}
	}
	if strings.Contains(joined, "Print this page") {
		t.Errorf("passages keep a button that opens nothing:\n%s", joined)
	}
	for _, p := range d.Passages {
		if strings.Contains(p.Text, "National Investment Fund") && !strings.Contains(p.Text, "Where do the proceeds") && p.Question != "Where do the proceeds from disinvestment go?" {
			t.Errorf("the answer %q lost its question (%q)", p.Text, p.Question)
		}
	}
}

// TestReleaseTitleUnderSectionName: a regulator's page heads every release
// with the name of its section, as its breadcrumb links it ("Press
// Releases"); the release is named by the bold line under it.
func TestReleaseTitleUnderSectionName(t *testing.T) {
	page := `<html><head><title>Reserve Bank of India - Press Releases</title></head><body>` +
		`<div class="menu"><a href="/home">Home</a> <a href="/releases">Press Releases</a></div>` +
		`<div class="page-title"><h2>Press Releases</h2></div><div class="share"><a href="javascript:print()"><img alt="Print"></a></div>` +
		`<table><tr><td><b>Date : </b>Jun 06, 2025</td></tr>` +
		`<tr><td align="center"><b>Reserve Bank revises the Qualifying Assets Criterion for NBFC-MFIs</b></td></tr>` +
		`<tr><td><p>The Reserve Bank of India has today issued a circular amending the framework for microfinance loans.</p>` +
		`<p><b>1. Revised criterion</b></p><p>An NBFC-MFI shall now hold at least 60 per cent of its total assets as qualifying assets.</p>` +
		`<p><b>2. Rationale</b></p><p>The change lets lenders diversify while microfinance stays their main business.</p></td></tr></table>` +
		`</body></html>`
	d, err := corpus.Parse("release.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Reserve Bank revises the Qualifying Assets Criterion for NBFC-MFIs"; d.Title != want {
		t.Errorf("title %q, want %q", d.Title, want)
	}
	unlinked := strings.Replace(page, `<a href="/releases">Press Releases</a>`, "", 1)
	if d, err := corpus.Parse("release.html", []byte(unlinked)); err != nil || d.Title != "Press Releases" {
		t.Errorf("a heading no link names: title %q (%v)", d.Title, err)
	}
}

// TestTestedReplies: a subreddit's thread saved from the browser marks
// each reply's body and its author's link for its tests; the replies
// follow the post, each under its author, however long the post, and a
// reply of a few words is left out.
func TestTestedReplies(t *testing.T) {
	post := strings.Repeat("<p>The Inter-State Council under Article 263 was set up in 1990 on the Sarkaria Commission's advice, chaired by the Prime Minister.</p>", 12)
	reply := func(id, author, body string) string {
		return `<div id="t1_` + id + `"><div><span>level 1</span><a data-testid="comment_author_link" href="/user/` + author + `/">` + author + `</a><span>9 days ago</span></div>` +
			`<div data-testid="comment"><div>` + body + `</div></div><div><button>Reply</button><button>Share</button></div></div>`
	}
	page := `<html><head><title>[Notes] Inter-State Council : r/UPSC</title></head><body><div class="header"><a href="/">reddit</a></div>` +
		`<div data-testid="post-container"><h1>[Notes] Inter-State Council (Art 263)</h1>` + post + `</div><div class="comments">` +
		reply("a1", "ex_cse_mentor", "<p>Add the Punchhi Commission: it wanted the Council to meet at least three times a year and to have its own secretariat.</p>") +
		reply("a2", "aspirant_22", "<p>thanks, saved!</p>") +
		`</div></body></html>`
	d, err := corpus.Parse("thread.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation())
		if strings.Contains(p.Text, "thanks, saved") {
			t.Errorf("a reply of a few words kept: %s", p.Citation())
		}
	}
	if !slices.ContainsFunc(got, func(c string) bool { return strings.HasSuffix(c, "› Replies › ex_cse_mentor") }) {
		t.Errorf("no reply among %q", got)
	}
}

// TestDocumentViewer reads a document viewer's page (pdf.js's text layer,
// as Scribd shows a PDF): each line a <span> placed on its page in per
// cent of the page, in its type's size, two columns to a page under a
// running header. The document is read as its PDF would be: titled by its
// largest type, each column read down before the next, its headings its
// sections, without the running header; the viewer's toolbar is no part
// of it.
func TestDocumentViewer(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Ken Betwa cover story | Scribd</title></head><body><div class="toolbar">Download · Share · Print</div><div id="viewer" class="pdfViewer" style="--scale-factor:1.5">`)
	line := func(left, top, size float64, family, text string) {
		fmt.Fprintf(&b, `<span style="left:%.2f%%;top:%.2f%%;font-size:calc(var(--scale-factor)*%gpx);font-family:%s" role="presentation">%s</span>`, left*100/595.28, top*100/841.89, size, family, html.EscapeString(text))
	}
	// The lines of the left column: on page 1, longer than their column
	// by the width Helvetica would give them, beside lines of the right
	// column on their baselines, a little lower; on page 2, as long as a
	// serif face sets them in their column, beside none.
	lefts := [][]string{{"The Ken–Betwa Link Project is the first project of the whole of the", "National Perspective Plan to move from the drawing board on to the", "ground, carrying the Ken's water west to the basin of the Betwa."},
		{"The Ken–Betwa Link Project is the first of the links of the", "National Perspective Plan to move from the drawing board to", "the ground, carrying the Ken's water west to the Betwa."}}
	right := []string{"The Daudhan dam on the Ken stands inside Panna Tiger", "Reserve, about 2.5 km upstream of the old Gangau weir,", "and will drown some 98 sq km of the tiger reserve."}
	for page := 1; page <= 2; page++ {
		fmt.Fprintf(&b, `<div class="page" data-page-number="%d" style="width:892.92px;height:1262.84px"><div class="textLayer" style="width:calc(var(--scale-factor)*595.28px);height:calc(var(--scale-factor)*841.89px)">`, page)
		line(42, 30, 7.5, "sans-serif", "CURRENT PULSE | JANUARY 2025")
		top := 70.0
		if page == 1 {
			line(42, 70, 22, "sans-serif", "Ken–Betwa Link Project Takes Off")
			top = 110
		}
		line(42, top, 14, "sans-serif", fmt.Sprintf("Part %d: the project", page))
		line(315.6, top, 14, "sans-serif", fmt.Sprintf("Part %d: the tiger reserve", page))
		left, lower := lefts[page-1], []float64{2, 6}[page-1]
		for k := range 4 {
			for i := range left {
				y := top + 20 + float64(k*len(left)+i)*12.5
				line(42, y, 10, "serif", left[i])
				line(315.6, y+lower, 10, "serif", right[i])
			}
		}
		b.WriteString(`</div></div>`)
	}
	b.WriteString(`</div></body></html>`)
	d, err := corpus.Parse("ken-betwa.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Ken–Betwa Link Project Takes Off" {
		t.Errorf("title %q, want the document's", d.Title)
	}
	var all []string
	for _, p := range d.Passages {
		all = append(all, p.Citation()+" | "+p.Text)
		if strings.Contains(p.Text, "CURRENT PULSE") || strings.Contains(p.Text, "Download") {
			t.Errorf("furniture read: %s", p.Citation())
		}
	}
	want := []string{
		"Ken–Betwa Link Project Takes Off › Part 1: the project | The Ken–Betwa Link Project is the first project of the whole of the National Perspective Plan to move from the drawing board on to the ground, carrying the Ken's water west to the basin of the Betwa.",
		"Ken–Betwa Link Project Takes Off › Part 2: the project | The Ken–Betwa Link Project is the first of the links of the National Perspective Plan to move from the drawing board to the ground, carrying the Ken's water west to the Betwa.",
		"Ken–Betwa Link Project Takes Off › Part 2: the tiger reserve | The Daudhan dam on the Ken stands inside Panna Tiger Reserve, about 2.5 km upstream of the old Gangau weir, and will drown some 98 sq km of the tiger reserve.",
	}
	for _, w := range want {
		if !slices.ContainsFunc(all, func(s string) bool { return strings.HasPrefix(s, w) }) {
			t.Errorf("no passage starts %q:\n%s", w, strings.Join(all, "\n"))
		}
	}
}

// TestDocumentViewerPixels reads Scribd's older viewer: each line placed
// in pixels on its page, its face a class the page's stylesheet sets bold
// (".ff2{font-weight:700}"): the bold lines in the body's size head their
// sections.
func TestDocumentViewerPixels(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<html><head><title>Harappan town planning | Scribd</title><style>.a{position:absolute}.ff1{font-family:ff1,serif}.ff2{font-family:ff2,Helvetica,sans-serif;font-weight:700}</style></head><body>`)
	b.WriteString(`<div class="outer_page" style="width: 902px; height: 1276px;"><div class="newpage" style="width: 902px; height: 1276px;"><div class="text_layer">`)
	y := 100.0
	line := func(class string, size float64, text string) {
		fmt.Fprintf(&b, `<span class="a %s" style="left: 110px; top: %.1fpx; font-size: %gpx;">%s</span>`, class, y, size, html.EscapeString(text))
		y += size * 1.5
	}
	line("ff2", 28, "HARAPPAN TOWN PLANNING")
	for _, sec := range []string{"Citadel and lower town", "Drains and wells", "Bricks and weights"} {
		y += 10
		line("ff2", 16, sec)
		for range 3 {
			line("ff1", 16, "Most Harappan towns were laid out on a grid, with a raised citadel to the west")
			line("ff1", 16, "and a larger lower town to the east, both walled, built of bricks of one ratio.")
		}
	}
	b.WriteString(`</div></div></div></body></html>`)
	d, err := corpus.Parse("harappan.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var heads []string
	for _, p := range d.Passages {
		if len(p.Section) > 0 && !slices.Contains(heads, p.Section[0]) {
			heads = append(heads, p.Section[0])
		}
	}
	if d.Title != "HARAPPAN TOWN PLANNING" || !slices.Equal(heads, []string{"Citadel and lower town", "Drains and wells", "Bricks and weights"}) {
		t.Errorf("title %q, sections %q; want the bold lines to title and head them", d.Title, heads)
	}
}

// TestStyledLettersInAPage: a page's "fancy font" letters (Unicode's
// mathematical bold) read as the plain letters they show, as in text notes.
func TestStyledLettersInAPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>𝗦𝗨𝗣 𝗕𝗔𝗡</title></head><body><article><h1>𝗦𝗨𝗣 𝗕𝗔𝗡</h1>` +
		strings.Repeat(`<p>The ban on single-use plastic items such as straws and cutlery began across India on 1 July 2022.</p>`, 3) +
		`<h2>𝗧𝗶𝗺𝗲𝗹𝗶𝗻𝗲</h2><p>The rules banning the items were notified in August 2021 and came into force a year later.</p></article></body></html>`
	d, err := corpus.Parse("sup.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "SUP BAN" || !slices.ContainsFunc(d.Passages, func(p corpus.Passage) bool { return p.Heading() == "Timeline" }) {
		t.Errorf("title %q, passages %+v", d.Title, d.Passages)
	}
}

// TestPageFootnotes: a page's footnotes at its end (WordPress's footnotes
// block) are a section of their own, numbered as cited, not entries of the
// last section; their links back to where they are cited go.
func TestPageFootnotes(t *testing.T) {
	para := func(s string) string {
		return "<p>" + strings.Repeat(s+" The tribunal, the Centre and the states all have a part in this, as the record shows. ", 3) + "</p>"
	}
	page := "<!DOCTYPE html><html><head><title>Krishna and Mahadayi</title></head><body><main><article><h1>Krishna and Mahadayi</h1>" +
		"<h2>The Krishna award</h2>" + para(`The second tribunal gave its report in 2010.<sup data-fn="a1" class="fn"><a href="#a1" id="a1-link">1</a></sup>`) +
		"<h2>What the disputes say</h2>" + para("Reform has stalled since the 2019 Bill.") +
		`<ol class="wp-block-footnotes"><li id="a1">Inter-State River Water Disputes Act, 1956, S. 5(2). <a href="#a1-link" aria-label="Jump to footnote reference 1">↩︎</a></li>` +
		`<li id="a2">State of Karnataka v. State of T.N., (2018) 4 SCC 1. <a href="#a2-link">↩︎</a></li></ol></article></main></body></html>`
	d, err := corpus.Parse("krishna.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{"Krishna and Mahadayi › Footnotes › 1: Inter-State River Water Disputes Act, 1956, S. 5(2).", "Krishna and Mahadayi › Footnotes › 2: State of Karnataka v. State of T.N., (2018) 4 SCC 1."}
	if len(got) < 2 || !slices.Equal(got[len(got)-2:], want) {
		t.Errorf("passages\n%s\nwant them to end with\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTableInAnObject: a note Apple Notes exported wraps its table in an
// <object> that embeds nothing: the table is the note's, not an embed to
// drop; an object that embeds a file shows only its fallback, dropped.
func TestTableInAnObject(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>101st Amendment</title></head><body><div><h1>101st Amendment</h1></div>" +
		"<div>The amendment brought GST into the Constitution in 2016, a concurrent power over the same tax base.</div>" +
		"<div><h2>Seventh Schedule</h2></div><div><object><table><tbody><tr><td><div><b>List</b></div></td><td><div><b>Entry</b></div></td><td><div><b>After 2016</b></div></td></tr>" +
		"<tr><td><div>List II</div></td><td><div>54</div></td><td><div>Sales tax only on the five petroleum products and liquor</div></td></tr></tbody></table></object></div>" +
		`<object data="chart.pdf" type="application/pdf"><p>Your browser cannot show this chart.</p></object></body></html>`
	d, err := corpus.Parse("gst.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := "List: List II; Entry: 54; After 2016: Sales tax only on the five petroleum products and liquor" // the table's row, a passage
	if !slices.ContainsFunc(got, func(p string) bool { return strings.HasSuffix(p, ": "+want) }) || strings.Contains(strings.Join(got, "\n"), "cannot show") {
		t.Errorf("passages\n%s\nwant among them\n%s, and no embed's fallback", strings.Join(got, "\n"), want)
	}
}

// TestPollChoices: a newsletter's poll (Substack's "poll-embed") offers its
// choices as links, which had gone as a bar of links; they are what the
// poll asks, and stay.
func TestPollChoices(t *testing.T) {
	para := "<p>" + strings.Repeat("The Space Policy of 2023 gave private firms the whole value chain, and IN-SPACe authorises them. ", 3) + "</p>"
	page := "<!DOCTYPE html><html><head><title>Launch Window</title></head><body><article><h1>Launch Window</h1>" + para +
		"<h2>Poll: what should be fixed first?</h2><div class=\"poll-embed\"><table><tr><td><p class=\"poll-question\">What should India fix first?</p></td></tr>" +
		"<tr><td><a href=\"https://substack.com/redirect/1\">A Space Activities Act with penalties</a></td></tr>" +
		"<tr><td><a href=\"https://substack.com/redirect/2\">An independent regulator outside DOS</a></td></tr></table></div>" + para + "</article></body></html>"
	c, err := Content([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if md := string(c.Text); !strings.Contains(md, "An independent regulator outside DOS") || !strings.Contains(md, "A Space Activities Act with penalties") {
		t.Errorf("Markdown =\n%s\nwant the poll's choices", md)
	}
}

// TestFootnotesHeadedInside: notes whose box holds a heading a reader sees
// ("Notes") are headed by it; a heading for screen readers alone (GitHub's
// "sr-only" one) heads nothing, and "Footnotes" is put over them.
func TestFootnotesHeadedInside(t *testing.T) {
	para := "<p>" + strings.Repeat("The panchayats were given a constitutional status by the 73rd Amendment in 1992. ", 3) + "</p>"
	for heading, want := range map[string]string{
		`<h3>Notes</h3>`: "Panchayati Raj › Committees › Notes: Balwant Rai Mehta reported in 1957.",
		`<h2 id="footnote-label" class="sr-only">Footnotes</h2>`: "Panchayati Raj › Footnotes: Balwant Rai Mehta reported in 1957.",
	} {
		page := "<!DOCTYPE html><html><head><title>Panchayati Raj</title></head><body><article><h1>Panchayati Raj</h1><h2>Committees</h2>" + para +
			`<section class="footnotes">` + heading + `<ol><li id="fn-1">Balwant Rai Mehta reported in 1957. <a href="#fnref-1">↩</a></li></ol></section></article></body></html>`
		d, err := corpus.Parse("pr.html", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range d.Passages {
			got = append(got, p.Citation()+": "+p.Text)
		}
		if !slices.Contains(got, want) {
			t.Errorf("%s: passages\n%s\nwant among them\n%s", heading, strings.Join(got, "\n"), want)
		}
	}
}

// TestLabelsOverTables: a page that divides a grid of questions into
// parts, a lettered label alone over each part's table ("B. Registration
// and Job Card"), is read with the labels as sections; a label that is a
// sentence, or over no table, is text.
func TestLabelsOverTables(t *testing.T) {
	grid := func(q, a string) string {
		return `<div><table class="faq-grid"><tr><th>S.No.</th><th>Question / Answer</th></tr><tr><td>1.</td><td><span class="faq-q">` + q +
			`</span><br><span class="faq-a">` + a + `</span></td></tr><tr><td>2.</td><td>Is it free? Yes, always.</td></tr></table></div>`
	}
	page := "<!DOCTYPE html><html><head><title>MGNREGA FAQs</title></head><body><div id=\"content\"><h1>Frequently Asked Questions</h1>" +
		"<p>These answers are for the general information of workers and citizens of every State.</p>" +
		`<div class="faq-cat"><span>A. About the Act</span></div>` + grid("What is the Act?", "A law of 2005 that guarantees 100 days of work.") +
		`<div class="faq-cat"><span>B. Registration and Job Card</span></div>` + grid("Who can register?", "Any adult member of a rural household.") +
		"<p>C. The table below is from the 2024 circular.</p>" + grid("Who keeps the Job Card?", "The household itself.") +
		"</div></body></html>"
	d, err := corpus.Parse("faq.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var sections []string
	for _, h := range d.Outline {
		sections = append(sections, strings.Join(h.Path, " › "))
	}
	if want := []string{"Definition", "A. About the Act", "B. Registration and Job Card"}; !slices.Equal(sections, want) {
		t.Errorf("sections %q, want %q", sections, want)
	}
}

// TestMastodonThread: a thread saved from Mastodon's web app is read as
// its posts, the page's app (search, sign-in banner, the posts' buttons)
// left out: a post that opens with a short line ("5/ 🏠 MAITRI (1989)")
// is a section that line heads, its words in the post's passage too; a
// post in one paragraph goes on in the section before it (or "Thread");
// replies (opening with a mention) follow under "Replies". The page's
// title names the thread by its first post.
func TestMastodonThread(t *testing.T) {
	post := func(paras ...string) string {
		return `<article><div class="status"><div class="status__info"><span class="display-name">Tanvi D. @polarpaathshala</span><time>Jul 14</time></div>` +
			`<div class="status__content"><div class="status__content__text status__content__text--visible translate" lang="en"><p>` + strings.Join(paras, "</p><p>") +
			`</p></div></div><div class="status__action-bar"><button aria-label="Reply">1</button><button aria-label="Boost">21</button></div></div></article>`
	}
	page := `<!DOCTYPE html><html><head><title>Tanvi D.: "🧵 India in Antarctica: statio…" - Mastodon</title></head><body><div id="mastodon">` +
		`<div class="compose-panel"><div class="search"><input placeholder="Search"></div><div class="sign-in-banner"><p><strong>Mastodon is the best way to keep up with what's happening.</strong></p></div></div>` +
		`<div class="columns-area"><h1 class="column-header"><button>Back</button></h1>` +
		post("🧵 India in Antarctica: stations, people, what's next", "India runs two year-round research stations in Antarctica, Maitri and Bharati.") +
		post("5/ 🏠 MAITRI (1989) - the workhorse", "Commissioned in 1989 on the Schirmacher Oasis, next to Lake Priyadarshini.") +
		post("Quick one: the Arctic station Himadri opened in 2008 at Ny-Ålesund.") +
		post(`<span class="h-card"><a href="https://mastodon.social/@anant">@<span>anant</span></a></span> Only Maitri and Bharati are staffed.`) +
		`</div></div></body></html>`
	d, err := corpus.Parse("thread.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"India in Antarctica › India in Antarctica: stations, people, what's next: 🧵 India in Antarctica: stations, people, what's next. India runs two year-round research stations in Antarctica, Maitri and Bharati.",
		"India in Antarctica › 5/ 🏠 MAITRI (1989) - the workhorse › 1: 5/ 🏠 MAITRI (1989) - the workhorse. Commissioned in 1989 on the Schirmacher Oasis, next to Lake Priyadarshini.",
		"India in Antarctica › 5/ 🏠 MAITRI (1989) - the workhorse › 2: Quick one: the Arctic station Himadri opened in 2008 at Ny-Ålesund.", // the thread goes on
		"India in Antarctica › Replies: @anant Only Maitri and Bharati are staffed.",
	}
	if d.Title != "India in Antarctica" || !slices.Equal(got, want) {
		t.Errorf("title %q, passages\n%s\nwant India in Antarctica,\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBlueskyThread: a thread saved from Bluesky's web app, each post's
// text in data-testid="postText" under the item that names its author: a
// post that opens with its number and a label in capitals ("5/17 COUNCIL
// OF INDIA: …") is a section that label heads, the words kept; the posts
// after the first by someone else are "Replies", a reply and the thread's
// author's answer to it one passage. The title is the first post's words.
func TestBlueskyThread(t *testing.T) {
	post := func(by, text string) string {
		return `<div role="link" data-testid="postThreadItem-by-` + by + `"><div><button aria-label="avatar"><img alt="" src="a.jpg"></button></div>` +
			`<div><a href="/profile/` + by + `">` + by + `</a><a data-tooltip="2 August 2025 at 9:30 am">1mo</a></div>` +
			`<div data-testid="postText" class="css-146c3p1">` + text + `</div>` +
			`<div><button data-testid="replyBtn" aria-label="Reply (1 reply)">1</button><button data-testid="likeBtn" aria-label="Like (96 likes)">96</button></div></div>`
	}
	page := `<!DOCTYPE html><html><head><title>Meenal: "🧵 1/4 The Lokpal and Lokayuktas Act, 2013 set up an anti-corruption…" — Bluesky</title></head><body>` +
		`<noscript><h1 lang="en">JavaScript Required</h1></noscript><div id="root"><nav><a>Home</a><a>Explore</a></nav><div data-testid="postThreadList">` +
		post("meenal.bsky.social", "🧵 1/4 The Lokpal and Lokayuktas Act, 2013 set up an anti-corruption ombudsman for the Union.") +
		post("meenal.bsky.social", "2/4 COMPOSITION: a chairperson and up to eight members, half of them judicial.") +
		post("meenal.bsky.social", "3/4 WHO SELECTS? A committee chaired by the Prime Minister.") +
		post("ravi.bsky.social", "Is the Lokpal the same as the CVC?") +
		post("meenal.bsky.social", "No: the CVC oversees vigilance; the Lokpal inquires into complaints.") +
		post("asha.bsky.social", "Saving this for revision.") +
		`</div></div></body></html>`
	d, err := corpus.Parse("thread.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"The Lokpal and Lokayuktas Act, 2013 set up an anti-corruption › Thread: 🧵 1/4 The Lokpal and Lokayuktas Act, 2013 set up an anti-corruption ombudsman for the Union.",
		"The Lokpal and Lokayuktas Act, 2013 set up an anti-corruption › 2/4 COMPOSITION: 2/4 COMPOSITION: a chairperson and up to eight members, half of them judicial.",
		"The Lokpal and Lokayuktas Act, 2013 set up an anti-corruption › 3/4 WHO SELECTS?: 3/4 WHO SELECTS? A committee chaired by the Prime Minister.",
		"The Lokpal and Lokayuktas Act, 2013 set up an anti-corruption › Replies › 1: Is the Lokpal the same as the CVC? No: the CVC oversees vigilance; the Lokpal inquires into complaints.",
		"The Lokpal and Lokayuktas Act, 2013 set up an anti-corruption › Replies › 2: Saving this for revision.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestQuizReview: a quiz's review page from Moodle, whose questions had
// all gone (readability takes them for a form), is read as the attempt's
// summary, then under the quiz's parts each question a section whose
// passage holds what it asks (a blank filled by the choice made), its
// options, the feedback that explains it and the right answer.
func TestQuizReview(t *testing.T) {
	question := func(n, typ, text, rest string) string {
		return `<div id="question-1-` + n + `" class="que ` + typ + ` deferredfeedback correct"><div class="info"><h3 class="no">Question <span class="qno">` + n + `</span></h3>` +
			`<div class="state">Correct</div><div class="grade">Mark 1.00 out of 1.00</div></div><div class="content"><div class="formulation clearfix">` +
			`<h4 class="accesshide">Question text</h4><div class="qtext"><p>` + text + `</p></div>` + rest + `</div></div></div>`
	}
	page := `<!DOCTYPE html><html><head><title>Week 6 quiz: Attempt review | Gyanpath IAS</title></head><body><div id="page"><div role="main"><h1>Week 6 quiz: Right to privacy</h1>` +
		`<table class="generaltable generalbox quizreviewsummary"><tbody><tr><th class="cell">State</th><td class="cell">Finished</td></tr>` +
		`<tr><th class="cell">Grade</th><td class="cell"><b>7.33</b> out of 10.00 (<b>73</b>%)</td></tr></tbody></table>` +
		`<form action="review.php"><h3 class="mod_quiz-section-heading">Part A – The reference</h3>` +
		question("1", "multichoice", "Who filed the writ petition of 2012?",
			`<fieldset class="ablock"><legend>Select one:</legend><div class="answer"><div class="r0 correct"><input type="radio" checked="checked" disabled="disabled">`+
				`<div data-region="answer-label"><span class="answernumber">a. </span><div>K.S. Puttaswamy, a retired judge</div></div></div>`+
				`<div class="r1"><input type="radio" disabled="disabled"><div data-region="answer-label"><span class="answernumber">b. </span><div>Mukul Rohatgi</div></div></div></div></fieldset>`+
				`</div><div class="outcome"><div class="feedback"><div class="specificfeedback">Your answer is correct.</div><div class="generalfeedback"><p>He filed it against Aadhaar at the age of 86.</p></div>`+
				`<div class="rightanswer">The correct answer is: K.S. Puttaswamy, a retired judge</div></div>`) +
		question("2", "gapselect", `Bobde J called privacy a <span class="control"><label class="accesshide">Blank 1 Question 2</label><select disabled="disabled"><option value="">&nbsp;</option>`+
			`<option value="1" selected="selected">natural right</option><option value="2">gift of the State</option></select></span> that exists before the Constitution.`, ``) +
		`</form></div></div><footer id="page-footer">You are logged in as Ritika Sharma (Log out)</footer></body></html>`
	d, err := corpus.Parse("quiz.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Week 6 quiz: Right to privacy › Definition: State: Finished\nGrade: 7.33 out of 10.00 (73%)",
		"Week 6 quiz: Right to privacy › Part A – The reference › Question 1: Who filed the writ petition of 2012? a. K.S. Puttaswamy, a retired judge; b. Mukul Rohatgi " +
			"He filed it against Aadhaar at the age of 86. The correct answer is: K.S. Puttaswamy, a retired judge",
		"Week 6 quiz: Right to privacy › Part A – The reference › Question 2: Bobde J called privacy a natural right that exists before the Constitution.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDashboardPage: a scheme's dashboard: a card's figure goes with its
// label ("8,063 Projects undertaken"), a timeline's dates with their
// entries (a date in a list item is no byline), and a box on related
// matters that links nowhere is the page's text, not a list of links; an
// article's FAQs marked up for search engines (FAQPage) are its own, not
// a question-and-answer site's answers.
func TestDashboardPage(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Dashboard</title></head><body><main><h1>Mission Dashboard</h1>
<p>The dashboard shows the progress of the mission's projects across the hundred cities, as on the date given.</p>
<h2>Mission at a Glance</h2>
<div class="row"><div class="col"><div class="stat-card"><div class="stat-icon"><i class="fa fa-city"></i></div><div class="stat-value">8,063</div><div class="stat-label">Projects undertaken</div></div></div>
<div class="col"><div class="stat-card"><div class="stat-value">₹ 1,64,545 Cr</div><div class="stat-label">Total cost of projects undertaken</div></div></div></div>
<h2>Mission Period</h2>
<ol class="timeline-list"><li><span class="tl-date">25.06.2015</span> &ndash; Mission launched and guidelines issued</li>
<li><span class="tl-date">01.05.2023</span> &ndash; first extension, to June 2024, also for documentation of best practices</li></ol>
<div class="card" id="blk-related"><h3>Related Initiatives</h3><ul>
<li><strong>CITIIS 2.0 (2023-27):</strong> up to 18 smart cities; a loan of Rs. 1,760 crore from AFD and KfW for circular economy projects</li>
<li><strong>Digital initiatives of 23.02.2021:</strong> National Urban Digital Mission, India Urban Data Exchange and SmartCode</li></ul></div>
<h2>FAQs</h2><div itemscope itemtype="https://schema.org/FAQPage">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h3 itemprop="name">Q1. What is an SPV?</h3>
<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>A company set up by the city to run the mission's projects.</p></div></div></div>
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h3 itemprop="name">Q2. Who funds it?</h3>
<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>The Centre and the State, equally.</p></div></div></div>
</div></main></body></html>`
	d, got := corpustest.Placed(t, "dashboard.html", []byte(page))
	corpustest.Have(t, got, "8,063 Projects undertaken", "₹ 1,64,545 Cr Total cost of projects undertaken",
		"25.06.2015 – Mission launched and guidelines issued", "CITIIS 2.0 (2023-27): up to 18 smart cities", "A company set up by the city")
	if d.Title != "Mission Dashboard" {
		t.Errorf("title %q: the page read as a question's answers", d.Title)
	}
}

// TestSiteBuilderPages: a Wix post sets its body text in large type
// ("font-size:18px" on every paragraph): that is the body's size, and its
// paragraphs are no headings; GitBook wraps a heading's text in a box
// beside its link to itself, and hides the tabs not chosen by a class:
// the heading heads its section, and every tab's text is read.
func TestSiteBuilderPages(t *testing.T) {
	para := func(s string) string {
		return `<p class="MMl86"><span style="color:#2F2E2E"><span style="font-size:18px">` + s + `</span></span></p>`
	}
	wix := `<!DOCTYPE html><html><head><title>FI-Index explained</title></head><body><article><h1>FI-Index explained</h1>` +
		para("Every July the Reserve Bank of India puts one number on how far financial services have reached the people of India.") +
		`<h2><span style="font-size:24px">Why an index?</span></h2>` +
		para("Counts of branches and accounts told us about access, but not whether the accounts were being used.") +
		para("Earlier measures each had a gap, and none covered the whole financial sector.") + `</article></body></html>`
	checkPassages(t, "Wix post", wix, []string{
		"Definition: Every July the Reserve Bank of India puts one number on how far financial services have reached the people of India.",
		"Why an index? › 1: Counts of branches and accounts told us about access, but not whether the accounts were being used.",
		"Why an index? › 2: Earlier measures each had a gap, and none covered the whole financial sector.",
	}, func(p corpus.Passage) string {
		return strings.TrimPrefix(p.Citation(), "FI-Index explained › ") + ": " + p.Text
	})

	// A GitBook page saved whole (a held-out evaluation set's): its
	// headings had all gone, readability reading their layout's boxes as
	// furniture, and its tabs but the first.
	data, err := os.ReadFile("../../index/testdata/eval/heldout333/docs/wetland-schemes-npca-amrit-dharohar.html")
	if err != nil {
		t.Fatal(err)
	}
	corpustest.Have(t, corpustest.Passages(t, "gitbook.html", data), "› Amrit Dharohar › 1: Finance Minister", "Wetlands Carbon: measuring and protecting the carbon")
}

// TestSiteBuilderColumns: a page a site builder lays out in a table's
// columns (Weebly's "wsite-multicol-table"), headings in its cells, reads
// as the sections and lists it shows, not as one paragraph a cell, its
// sidebar's box of facts after the article.
func TestSiteBuilderColumns(t *testing.T) {
	in := `<html><head><title>Rupee (CA 2025) - SITE</title></head><body><div class="wsite-multicol"><div class="wsite-multicol-table-wrap"><table class="wsite-multicol-table"><tbody class="wsite-multicol-tbody"><tr class="wsite-multicol-tr"><td class="wsite-multicol-col"><h2 class="wsite-content-title"><font size="6">Internationalisation of the Rupee</font></h2><div class="paragraph"><em>GS Paper III | Updated 2025</em></div><h2 class="wsite-content-title">Why in News?</h2><div class="paragraph">On 1 October 2025 the Reserve Bank of India announced a fresh package of measures to widen the use of the rupee in cross-border transactions, and more.</div><div class="paragraph"><ul><li>Authorised dealer banks may now lend in rupees to non-residents in Bhutan, Nepal and Sri Lanka.</li><li>Reference rates will be published for more currencies.</li></ul></div><div class="paragraph">Paragraph 1 of the article goes on at length about the rupee, its settlement in local currencies with the UAE and the Maldives, the vostro accounts banks abroad keep, and what the Tarapore committees asked of fiscal policy first.</div><div class="paragraph">Paragraph 2 of the article goes on at length about the rupee, its settlement in local currencies with the UAE and the Maldives, the vostro accounts banks abroad keep, and what the Tarapore committees asked of fiscal policy first.</div><div class="paragraph">Paragraph 3 of the article goes on at length about the rupee, its settlement in local currencies with the UAE and the Maldives, the vostro accounts banks abroad keep, and what the Tarapore committees asked of fiscal policy first.</div><div class="paragraph">Paragraph 4 of the article goes on at length about the rupee, its settlement in local currencies with the UAE and the Maldives, the vostro accounts banks abroad keep, and what the Tarapore committees asked of fiscal policy first.</div><div class="paragraph">Paragraph 5 of the article goes on at length about the rupee, its settlement in local currencies with the UAE and the Maldives, the vostro accounts banks abroad keep, and what the Tarapore committees asked of fiscal policy first.</div><h2 class="wsite-content-title">Challenges</h2><div class="paragraph">A small footprint: the rupee's share of global forex turnover is only about 1.6 per cent of the total.</div></td><td class="wsite-multicol-col"><h2 class="wsite-content-title">Quick Facts</h2><div class="paragraph">Current account convertibility: Aug 1994<br>LRS limit: USD 250,000</div><h2 class="wsite-content-title">Related Posts</h2><div class="paragraph"><ul><li><a href="https://site.example/bop.html">External Sector: Balance of Payments</a></li><li><a href="https://site.example/trinity.html">Impossible Trinity in 5 Minutes</a></li></ul></div><div class="paragraph">Daily current affairs on <a href="https://t.me/site">Telegram</a></div></td></tr></tbody></table></div></div></body></html>`
	c, err := Markdown([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Why in News?", "- Reference rates will be published for more currencies.", "## Challenges", "## Quick Facts", "Current account convertibility: Aug 1994"} {
		if !slices.Contains(strings.Split(string(c.Text), "\n"), want) {
			t.Errorf("no line %q in\n%s", want, c.Text)
		}
	}
}

// TestContentsBoxHeading: a blog's table of contents in a box of its own
// (Hashnode's) goes with its name, which would otherwise head the text
// after it.
func TestContentsBoxHeading(t *testing.T) {
	in := `<!DOCTYPE html><html><head><title>Missed targets | Ledger</title></head><body><header><a href="/">Ledger</a></header>` +
		`<h1>Missed targets</h1><section class="blog-content-main"><div class="relative"><div class="max-h-full"><div class="pt-4"><h2><span>Table of contents</span></h2></div>` +
		`<ul><li><div><a href="#heading-scorecard">The scorecard</a></div></li><li><div><a href="#heading-why">Why the targets slip</a></div></li></ul></div></div>` +
		`<div class="prose"><p>Every February the Finance Minister reads out a disinvestment number, and every year the receipts fall short of it.</p>` +
		`<h2 id="heading-scorecard">The scorecard</h2><p>The target for 2020-21 was Rs 2,10,000 crore; the Government raised Rs 32,000 crore.</p>` +
		`<h2 id="heading-why">Why the targets slip</h2><p>The target is a plug that makes the fiscal arithmetic close.</p></div></section></body></html>`
	c, err := Markdown([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(c.Text), "Table of contents") || !strings.Contains(string(c.Text), "Every February") {
		t.Errorf("the contents' name heads the text, or the text is gone:\n%s", c.Text)
	}
}

// TestDiscourseTopic: a Discourse forum topic saved from the browser is
// read as its posts ("cooked" from their Markdown), each under its
// author's name, the topic's suggested others left out.
func TestDiscourseTopic(t *testing.T) {
	post := func(n int, author, body string) string {
		return fmt.Sprintf(`<div class="topic-post clearfix regular"><article id="post_%d" class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><img class="avatar" alt=""></div>`+
			`<div class="topic-body clearfix"><div class="topic-meta-data"><div class="names trigger-user-card"><span class="first username"><a href="/u/%s">%s</a></span></div>`+
			`<div class="post-infos"><span class="relative-date">Oct 2023</span></div></div><div class="regular contents"><div class="cooked">%s</div>`+
			`<section class="post-menu-area clearfix"><button class="widget-button">Reply</button></section></div></div></div></article></div>`, n, author, author, body)
	}
	page := `<html><head><title>Bihar caste survey 2023 (megathread) - Social Justice - StudyForum</title></head><body><header class="d-header"><a href="/">StudyForum</a></header>` +
		`<div id="topic-title"><h1><a href="/t/bihar-caste-survey/41">Bihar caste survey 2023 (megathread)</a></h1></div><div class="post-stream">` +
		post(1, "ananya_iyer", "<p>Starting a megathread so this does not get lost. The survey was run by the General Administration Department with a budget of Rs 500 crore.</p><p>It counted 13,07,25,310 people in two phases in 2023.</p>") +
		post(2, "rahul.k", "<p>The court saga: the Patna High Court put the exercise on hold on 4 May 2023, then dismissed the petitions on 1 August 2023.</p>") +
		post(3, "meera_pillai", "<p>The socio-economic report found that 34.13% of families live on Rs 6,000 a month or less, and about 94 lakh families are poor.</p>") +
		`</div><div role="complementary" id="suggested-topics" class="more-topics__list suggested-topics"><h3>Suggested Topics</h3><table><tr><td><a href="/t/ews/7">EWS judgment (Janhit Abhiyan) – answer writing practice</a></td><td>12</td></tr></table></div></body></html>`
	d, err := corpus.Parse("thread.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := startsOf(t, d, "Replies › ananya_iyer", "Replies › rahul.k: The court saga", "Replies › meera_pillai: The socio-economic report")
	if slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, "EWS judgment") }) {
		t.Errorf("the suggested topics read:\n%s", strings.Join(got, "\n"))
	}
}

// TestGluedBoxes: a word after an element that would run on from a figure
// or a word in lower case before it is read as a word of its own: a
// timeline's date and its event; a word split by markup is not.
func TestGluedBoxes(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>SVANidhi till 2030</title></head><body><article><h1>SVANidhi till 2030</h1>` +
		`<p>The Cabinet restructured the street vendors' micro-credit scheme and extended its lending period to March 2030.</p>` +
		`<h2>Timeline</h2><ul><li><span class="tl-date">June 1, 2020</span>Scheme launched with first loans of Rs 10,000</li>` +
		`<li><span class="tl-date">Dec 31, 2024</span>Lending window closes; old loans run on</li></ul>` +
		`<p>Vendors pay by UPI on an <b>i</b>Phone or any phone; H<sub>2</sub>O stays as written.</p></article></body></html>`
	c, err := Markdown([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	text := string(c.Text)
	for _, want := range []string{"June 1, 2020 Scheme launched", "Dec 31, 2024 Lending window closes", "H2O", "iPhone"} {
		if !strings.Contains(strings.ReplaceAll(text, "**", ""), want) {
			t.Errorf("%q not read:\n%s", want, text)
		}
	}
}

// TestFeedbackPromptDropped checks that a page's request for a rating
// ("Was this helpful?" over its buttons) is not read as a passage of the
// article, while a question that heads a part or opens a FAQ's hidden
// answer stays.
func TestFeedbackPromptDropped(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><title>Wetland schemes</title></head><body><main><h1>Wetland schemes</h1>")
	for i := range 4 {
		fmt.Fprintf(&b, "<p>Paragraph %d says the Centre funds lakes and wetlands with the States, through plans each State drafts for its own sites.</p>", i)
	}
	b.WriteString(`<h2><div>Who pays?</div><button aria-label="Copy link"></button></h2><p>The Centre and the States share the cost.</p>`)
	b.WriteString(`<div class="faq"><div role="button" aria-expanded="false"><p>Who drafts the plans?</p></div><div hidden><p>Each State's wetland authority drafts them.</p></div></div>`)
	b.WriteString(`<ul><li>February 2023: Amrit Dharohar announced.</li><li>September 2025: two Bihar sites took the tally to 93.</li></ul>`)
	b.WriteString(`<div class="row"><p class="text-tint">Was this helpful?</p><div role="radiogroup"><button type="button" role="radio" aria-label="Not helpful"></button><button type="button" role="radio" aria-label="Helpful"></button></div></div>`)
	b.WriteString("</main></body></html>")
	c, err := Markdown([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	md := string(c.Text)
	if strings.Contains(md, "helpful") {
		t.Errorf("Markdown keeps the request for a rating:\n%s", md)
	}
	for _, want := range []string{"## Who pays?", "Who drafts the plans?", "tally to 93"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
}

// TestThreadReaderThread: a thread Thread Reader unrolled, each post a
// "content-tweet" of lines apart at <br>s, is read as its posts, each a
// passage: a post whose first line is short ("4/ Part 1: What the data
// showed", "📜 1. Where it comes from") heads a section, the posts after
// it in that section, and the link to each post on X is left out.
func TestThreadReaderThread(t *testing.T) {
	post := func(n int, text string) string {
		return fmt.Sprintf(`<div class="content-tweet allow-preview" id="tweet_%d">%s <sup class="tw-permalink"><a href="https://twitter.com/x/status/%d" title="Read on Twitter">Read on Twitter</a></sup></div>`, n, text, n)
	}
	page := `<!DOCTYPE html><html><head><title>Thread by @kavya on Thread Reader App – Thread Reader App</title></head><body><main><div class="t-main">` +
		post(1, "1/ A year after the Court struck down electoral bonds, where does party money stand?<br><br>A long thread on what changed.") +
		post(2, "2/ The scheme was notified on 2 Jan 2018 and SBI alone sold the bonds.") +
		post(3, "3/ Part 1: What the data showed<br><br>SBI handed over the bond numbers on 21 March 2024.") +
		post(4, "4/ The ECI put both lists online the same week.") +
		post(5, "📜 5. Where trusts come in<br />Electoral trusts must pass on 95% of what they collect.") +
		`</div></main></body></html>`
	want := []string{
		"Thread by @kavya on Thread Reader App › Thread › 1: 1/ A year after the Court struck down electoral bonds, where does party money stand?",
		"Thread by @kavya on Thread Reader App › Thread › 2: A long thread on what changed.",
		"Thread by @kavya on Thread Reader App › Thread › 3: 2/ The scheme was notified on 2 Jan 2018 and SBI alone sold the bonds.",
		"Thread by @kavya on Thread Reader App › 3/ Part 1: What the data showed › 1: 3/ Part 1: What the data showed. SBI handed over the bond numbers on 21 March 2024.",
		"Thread by @kavya on Thread Reader App › 3/ Part 1: What the data showed › 2: 4/ The ECI put both lists online the same week.",
		"Thread by @kavya on Thread Reader App › 5. Where trusts come in: 📜 5. Where trusts come in. Electoral trusts must pass on 95% of what they collect.",
	}
	checkFile(t, "thread.html", "a thread Thread Reader unrolled", page, want, func(p corpus.Passage) string { return p.Citation() + ": " + p.Text })
}

// TestBoxedFootnotes: a Substack post's footnotes, each a box of its own
// (its number a link, its text in "footnote-content"), are read under
// "Footnotes", each cited by its number; the marks that cite them are
// not glued to the text ("Mohali.1").
func TestBoxedFootnotes(t *testing.T) {
	note := func(n int, text string) string {
		return fmt.Sprintf(`<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-%d" href="#footnote-anchor-%d" class="footnote-number">%d</a><div class="footnote-content"><p>%s</p></div></div>`, n, n, n, text)
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Ten units, one fab</title></head><body><article><h1>Ten units, one fab</h1><div class="body markup">`)
	b.WriteString(`<p>The first chip was fabricated at the Semi-Conductor Laboratory in Mohali.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a> That is a genuine milestone, though the fab dates from the 1980s.</p>`)
	for i := range 4 {
		fmt.Fprintf(&b, "<p>Paragraph %d says the mission approved ten units across six states, most of them packaging plants rather than fabs.</p>", i)
	}
	b.WriteString(`<h2>What I am watching</h2><p>Whether Micron's output turns into real volume.<a class="footnote-anchor" id="footnote-anchor-2" href="#footnote-2">2</a></p>`)
	b.WriteString(note(1, "SCL's process is 180 nm.") + note(2, "Micron has not given a firm date in public."))
	b.WriteString(`</div></article></body></html>`)
	d, err := corpus.Parse("post.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"Ten units, one fab › Footnotes › 1: SCL's process is 180 nm.", "Ten units, one fab › Footnotes › 2: Micron has not given a firm date in public.", "in Mohali. That is a genuine milestone"} {
		if !strings.Contains(all, want) {
			t.Errorf("lacks %q:\n%s", want, all)
		}
	}
}

// TestNewsPageTail: a news page's credit to an agency ("(With inputs
// from PTI)") and its field of tags (Drupal's "field--name-field-tags",
// the links gone with readability, its label "Tags" left) are no entries
// of the article's last list.
func TestNewsPageTail(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><title>Explained: the UCC</title></head><body><article><h1>Explained: the UCC</h1><div class="field--name-body">`)
	for i := range 5 {
		fmt.Fprintf(&b, "<p>Paragraph %d says the state's code sets one law of marriage, divorce and inheritance for all its residents but tribes.</p>", i)
	}
	b.WriteString(`<h2>Timeline</h2><ul><li><strong>March 11, 2024:</strong> President gives assent to the Bill</li><li><strong>February 4, 2025:</strong> Gujarat forms its own UCC drafting committee</li></ul><p>(With inputs from PTI)</p></div>`)
	b.WriteString(`<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/about/ucc">Uniform Civil Code</a></div><div class="field__item"><a href="/about/uk">Uttarakhand</a></div></div></div>`)
	b.WriteString(`</article></body></html>`)
	d, err := corpus.Parse("news.html", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	var timeline []string
	for _, p := range d.Passages {
		if p.Section[0] == "Timeline" {
			timeline = append(timeline, p.Text)
		}
	}
	if want := []string{"March 11, 2024: President gives assent to the Bill", "February 4, 2025: Gujarat forms its own UCC drafting committee"}; !slices.Equal(timeline, want) {
		t.Errorf("timeline %q, want %q", timeline, want)
	}
}
