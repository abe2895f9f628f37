#!/usr/bin/python3
"""Re-make docs/ethanol-blending-gdoc.txt from tools/ethanol-blending-gdoc.txt.

Google Docs' File > Download > Plain text (.txt) writes UTF-8 with a byte
order mark, CRLF line endings and no newline after the last line; headings
come out as plain lines, bullets as "* " / "   + ", table rows as
tab-separated lines and comment/footnote text as "[a]..." lines at the end.
The source already holds that layout with LF endings; this adds the BOM and
the CRLFs. Deterministic.

Run: /usr/bin/python3 tools/make_gdoc.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'ethanol-blending-gdoc.txt')
OUT = os.path.join(HERE, '..', 'docs', 'ethanol-blending-gdoc.txt')


def main():
    with open(SRC, encoding='utf-8', newline='') as f:
        text = f.read()
    lines = text.replace('\r\n', '\n').rstrip('\n').split('\n')
    data = '\ufeff' + '\r\n'.join(line.rstrip(' ') for line in lines)
    with open(OUT, 'wb') as f:
        f.write(data.encode('utf-8'))


if __name__ == '__main__':
    main()
