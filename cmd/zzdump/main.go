package main

import (
	"fmt"
	"os"

	"github.com/conceptbot/conceptbot/corpus/pdftext"
)

func main() {
	b, _ := os.ReadFile(os.Args[1])
	c, err := pdftext.Convert(b)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println("markdown:", c.Markdown)
	fmt.Println(string(c.Text))
}
