#!/usr/bin/python3
"""Re-make docs/gs3-biofuels-readme.md from tools/gs3-biofuels-readme.txt.

The document is the README.md of a student's UPSC notes repository on
GitHub, as it is committed: UTF-8 without BOM, LF line endings, one final
newline. Deterministic.

Run: /usr/bin/python3 tools/make_readme.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'gs3-biofuels-readme.txt')
OUT = os.path.join(HERE, '..', 'docs', 'gs3-biofuels-readme.md')


def main():
    with open(SRC, encoding='utf-8', newline='') as f:
        text = f.read()
    text = text.replace('\r\n', '\n').rstrip('\n') + '\n'
    with open(OUT, 'wb') as f:
        f.write(text.encode('utf-8'))


if __name__ == '__main__':
    main()
