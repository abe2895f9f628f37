package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	if os.Getenv("DX") == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(os.Getenv("DX"))
	zr, _ := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	r := &reader{}
	n, err := r.part(zr, "word/numbering.xml")
	fmt.Println(err, listFormats(n))
	c, _ := Convert(data)
	fmt.Println(string(c.Text))
}
