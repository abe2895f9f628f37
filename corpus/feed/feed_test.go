package feed

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// wxr is a WordPress export: a post with a heading and a list in its
// HTML, an excerpt, an attachment and a post in the trash.
const wxr = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
	<title>Polity Pathshala</title>
	<item>
		<title><![CDATA[Electoral college of the President]]></title>
		<content:encoded><![CDATA[<p>The President is elected by the elected members of both Houses and of the Assemblies.</p><h2>Value of votes</h2><ul><li>An MLA's vote is valued by the 1971 population.</li><li>An MP's vote is the MLAs' total divided by the elected MPs.</li></ul>]]></content:encoded>
		<excerpt:encoded><![CDATA[Who elects the President]]></excerpt:encoded>
		<wp:post_type><![CDATA[post]]></wp:post_type>
		<wp:status><![CDATA[publish]]></wp:status>
	</item>
	<item><title>logo.png</title><content:encoded><![CDATA[<img src="logo.png">]]></content:encoded><wp:post_type>attachment</wp:post_type></item>
	<item><title>Old draft</title><content:encoded><![CDATA[<p>Throw away.</p>]]></content:encoded><wp:post_type>post</wp:post_type><wp:status>trash</wp:status></item>
</channel>
</rss>`

// blogger is a Blogger backup: the blog's settings, a post whose HTML is
// escaped, and a comment.
const blogger = `<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title type='text'>Green Fuel Notes</title>
<entry><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#settings'/><title type='text'>BLOG_NAME</title><content type='text'>Green Fuel Notes</content></entry>
<entry><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#post'/><title type='text'>E20 &amp; the ethanol roadmap</title>
<content type='html'>&lt;p&gt;India reached 20 per cent ethanol blending in 2025, five years ahead of the 2030 target.&lt;/p&gt;</content></entry>
<entry><category scheme='http://schemas.google.com/g/2005#kind' term='http://schemas.google.com/blogger/2008/kind#comment'/><title type='text'>nice</title><content type='html'>nice post</content></entry>
</feed>`

func TestConvert(t *testing.T) {
	for _, tt := range []struct {
		name, data, title string
		want              []string
	}{
		{"wordpress.xml", wxr, "Polity Pathshala", []string{
			"Polity Pathshala › Electoral college of the President: The President is elected by the elected members of both Houses and of the Assemblies. (post 1)",
			"Polity Pathshala › Electoral college of the President › Value of votes › 1: An MLA's vote is valued by the 1971 population. (post 1)",
			"Polity Pathshala › Electoral college of the President › Value of votes › 2: An MP's vote is the MLAs' total divided by the elected MPs. (post 1)",
		}},
		{"blog-backup.xml", blogger, "Green Fuel Notes", []string{
			"Green Fuel Notes › E20 & the ethanol roadmap: India reached 20 per cent ethanol blending in 2025, five years ahead of the 2030 target. (post 1)",
		}},
	} {
		if f := corpus.FormatOf([]byte(tt.data)); f != "blog feed" {
			t.Errorf("%s: FormatOf = %q, want blog feed", tt.name, f)
		}
		d, got := corpustest.Placed(t, tt.name, []byte(tt.data))
		if d.Title != tt.title || !slices.Equal(got, tt.want) {
			t.Errorf("%s: title %q, passages\n%s\nwant %q,\n%s", tt.name, d.Title, strings.Join(got, "\n"), tt.title, strings.Join(tt.want, "\n"))
		}
	}
}

func TestBadFeeds(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"no posts", `<rss version="2.0"><channel><title>Empty</title></channel></rss>`, "the feed has no posts"},
		{"not a feed", `<html><body>x</body></html>`, "damaged feed"},
	} {
		if _, err := Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
	if IsFeed([]byte(`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`)) {
		t.Error("IsFeed(an SVG picture) = true")
	}
}

// FuzzConvert: no panic whatever the bytes; a feed read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(wxr))
	f.Add([]byte(blogger))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("feed.xml", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
