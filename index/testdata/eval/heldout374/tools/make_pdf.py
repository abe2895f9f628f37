#!/usr/bin/python3
"""Re-make docs/heat-wave-guideline-notes.pdf byte for byte from tools/heat-wave-guideline-notes.txt.

The file is shaped as Microsoft Word for Microsoft 365 (Windows) writes one with File > Save As >
PDF ("Best for electronic distribution", "Create bookmarks using headings", "Document structure
tags for accessibility"): PDF 1.7 with CRLF line ends, a tagged structure tree (Document, H1-H3,
P, L/LI/Lbl/LBody, Table/TR/TH/TD, TOC/TOCI/Link) and a parent tree, page headers and footers as
/Artifact marked content, TrueType fonts embedded as subsets (Arial, Arial Bold, Arial Italic;
the glyph outlines are a Liberation Sans subset standing in for Arial, which has the same
metrics) with WinAnsiEncoding and Widths arrays, text written line by line in BT/ET blocks with
TJ arrays carrying Word's small positioning numbers, Link annotations on the Contents entries,
bookmarks for the headings, an XMP metadata stream, the Info dictionary with UTF-16 Creator and
Producer, a classic cross-reference table and a trailer with /ID.
Deterministic: fixed dates and ids, no randomness.
Run: /usr/bin/python3 tools/make_pdf.py [output path]
"""
import base64
import hashlib
import os
import struct
import sys
import zlib


HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "heat-wave-guideline-notes.txt")
OUT = os.path.join(ROOT, "docs", "heat-wave-guideline-notes.pdf")

# Subset TrueType programs (printable ASCII and a few typographic marks), zlib + base64.
FONTS = {
    'R': (
        'eNrdvXl8FEX6OFxPHzPdM9OZ+8okzCSThGOAhExCCCBpOWIgCgECZIiQgOH0IJCAIErCKQQRVBQRhKiIgiDDIeBJVLxWWOK9'
        'rqtExf3uesG66KqQzvt09UxIEP3u+37e94/3N6Gmu6ueeuqpp556jqqahgAhxEDqCUsCN9w8pXrb0sbRmLOHEHbFDQtqAyP+'
        'WvwrIVwWIczq6dUzbl4y5bCVEN1RQvSHZty0aHrzGz9tISThJkJG/zxz2pQqI1m7n5DKKsTRdyZmSBvZ7/B5Kz6nzby5duE7'
        '23qY8LmJEGi6ac4NU4h1ajMhU+vx+fjNUxZWs6fZM4RUDUX4QPW8adWtT18zHJ8RHzsE8wDpVCk2EY5diNe/IuU6MpEESApJ'
        'JUGSRtJJBulKupHupAcJkZ6kF+lNMkkW6UOySZjkkFzSl+SRfiSf9CcDyEByFRlECohMriaDyRAylAwjheQaUkSGkxGkmFxL'
        'riMjyShSQkaTMWQsKSXjyHgygZSRCLZaTq4nk8hkUkEqyRQyldxAqsg0Mp3MIDPJLDKb3EhuIjeTW8gcUk3mknmkhtSS+WQB'
        'uZUsJIvIbWQxuZ3cQZaQKDlCPiL/JP8K2AOOgCfgDSQFkgOpgYy2NpUP/6f2re3z/1//RduearurbXFbbUsp/o3Gv1H4V9xS'
        'RCX0/9APf4I/Qe7glxInWUS/O324/sSBEkDavlWfLn0rE/7fpULQLofIi2QfaexUtBpljuqvDp9j5FXyFL3bQtb9Adpnye7Y'
        '3Uaymdz5u3CzyXLEswPbv/SpxNxF5EFs+Sh5AhVVKoSx1RtjpZ+Qt66MCj6Ht8i95EmEvBdnyo1IIWEWMz+Qe5kx5BbmI3Yp'
        'WUbWYB+3wyyyHuEryQ4ox3m5LIZgMs7KOZchbSAbyOM4B+s7jNvStn8T6eJBpHwN4nkA5/BcHEnzxS5tP5Ac7u9EUt4nx1g/'
        '0v40eYZWWRqvqy9iZzOHGab1Pny4BzXAPWQKfIx0rmOv/v9S1nRLuZnEwb2tylDbe0od0v4JjtBzyI1T8jXlEyNl40rHjhld'
        'MmrkddcWjxhedE3hsKFDBl8tFwy6auCA/vn98vrm9snK7N2rZ7euGelpwdQUv8dhtZgTJKNBFPQ6nmMZID0DUagcFmXTA9bC'
        'KcFhwSlFvXoGhnlmDu3Vc1iwsDIamBKI4oXLCBYV0azglGigMhDNwMuUDtmVURkhp18GKWuQcjskWAIDyUC1iWAgenJoMHAU'
        'Jo4uw/t1Q4ORQPQ7en8dvecy6IOEDykpWINSpVIbGBYtXDCzYVgl0gj7jYYhwSHTDL16kv0GI94a8S7aLVi9H7oNAnrDdBvW'
        'fz9DBEltFns6bEpVtGR02bChvpSUSK+ew6MJwaG0iAyhKKO6IVE9RRmYpZJO1gb292xquOuohUytDJmqglVTri+LslOwbgM7'
        'rKHhzqg1FO0eHBrtftsZD/Z8WrRncOiwaEjFWjymvZ3iS01ClE+3BAMNPxLsTvC7bzvnTInl6NItPxL1NsoMicKYshT14ytE'
        'Xjc0FAYDhQ2VDVOOttVPDQYswYb9JlND9TBkNykpQxRH255b64sW3hWJWipnQv9IrOuFY4qj9tHlZVEmvTAwcwrm4L+CYEo/'
        'X4q1Habk94oJsgWZgxxOSVHZsPaoTKbiQ7R+dJn2HCBTfQeInBmKRJlKtaQpXuIcp5bUx0vaq1cGcWyLx5Y1RLn04VXBYcjx'
        'tVOi9VNRumarAxO0RBN+8qUEG2zWQH5mhMIGkKrhVbMCUT4DmYS1OlZAuVGrNFjoQ8JP2uU7HzaQYbUF8oOIRsUzLDisMvZv'
        'wUwPIgggo4tCmiCUlkXloXgjT4mN2LD9WZlYY0olDtisoXQwo5nB6qgjOLh9dFWyhs0aW0arxKpFHUOipPKGWK1o5jA6rwLD'
        'GiqHaiSouIKjy54l4baW/TkB30HVkYkMVYFdQ1DKMoY1lFVNj/orfVU476YHynwpUTmCIxwJlk2LqGKHHOre4qPCEaGyUlpW'
        'PDZYPHpiWb8YIVqBio5LH3YZmmCZT0ODAhgV0oVAGeNjIwhowYxAId4EBw/E76g+XcBkQYbTXFVwBw8MlIGPxKGRjGj3wLBp'
        'Q2Nw6nMnpLwqTkOK4th06iPiGVLkS4mkaJ9ePRksDsQaxhqCytSieBGqKSwQUD6HFNEslZceVegDZcFpwUhwZiAql5SpfVPZ'
        'Q7kcYwbleWysSjs9dWAWsomkYHH8QWVmtDDk68jc6DX0uf2x6LLi4fHiQIMQLB7boCIPxhASpHx4lKgiLPez+qguUCd0EHVv'
        'wIJTmk7ohv2yrE7mmf1VJMHhVQ3BsWUDKTTqkzt8t6lt2UgxFJcO7tUTVdvg/UFYPXq/DKvHTix71oI+8+rSsgMMMEMqB0f2'
        'p2FZ2bMBQmSay6i5aqb6EFAfVExj8EGg8L5nZULqaSlHM+jzDUeB0DwhngfkhqOMlmfRGsqgDcmEwRJOK5Hj0BzmCVpePc2j'
        'n/1EZZls4GVBFmUTIzG+/aBmHcCc59CPFIEcNIEEvv1YawzNPgr1+0XZp0HUI4SsUbh63KWmx00sO2giWI1+Y0OD1Q+Ki2cm'
        'DjaalWGBKlVQbo/MbKiMqJONuHBo8B9EITgIhyk4CAnRmaKG4LTBUWNwsJpfoOYXaPk6NV+PIgouwOr1OPYlUVAloLwsBadk'
        'IPEtX4PlO3WkIqhUGixf9ULiTqInko1+I0v0xC9LjI5ndawo8CyHWQUnM09abZCfbw1bw32y7CnWFLs1xXqSm3Zhy7XsSX7p'
        'r3V87gU390/VOWDQWyNQp+GCM3Ibq9czHCcKAQAzQAILvMzxW8s5hr1XhBUizBNhqgilIgwVIVuEVBEcInAi/CDCFyK8L8Jx'
        'EQ6IsEOEjXH4qjh8jghpcfgZ50V4VoRdImwWYY0Ii0QYLsJVIvQSwS+CWYQ2Ec6K8IkIb4vwvAhPifCwCOtEuEOEOSJUiFAs'
        'wgARQiL4RDCK0CrCdyJ8KsLJOPwWEdZS+BtFKBfhOoq/uwheCp93QYRvOlfYLMrlMWJm0SpaE0hSsggqsEbNMRH2ibBdhMUU'
        'dTsRSDRzihZj2XoR6kSoRLmKd0g/eVL8UzG3w6diXufPJbDYZ+5ln/8OlhRkhkiix/LnCgRSBcIapgIBQTbM5oadMGOj5/jr'
        'r8A69vyvdW+9pcrCBPZ1pj4mV0HZwjJ6HaNDuQrgLNUxKFrhk5OyO8iWikpNzOy7HUeVReucR9nX4XllGDyvyZaIscwsfhHx'
        'ET95Rp7JAfFyHl7fxe/i3DohOcnJOURjgtnG2Q1uj4532EWDwe7huUSTKdmfyKUEjIKeM0ldkhNA8ieZicXqdTltVosEzRKM'
        'sq63breyBdZRVkaySlbe43bYWYOo40lmOBwuwGTLRyM9ae6kudj1cNhyMhs/HW9t4M632ty0N/TPFnuOJewhm+JMYYN2NQVz'
        'w5hS7GFWTWHMT7Gz9SOBU74qu2W8cn/pLaVvfT7yItgit5TBjWW3lL3XKpfA7JHsfGX9TcpMeFBNN8Hcm7Q7ZeZNynqYS5Db'
        'rrZ53Bj+W5JGepIw+VC+i2V6mWyJid27B4Np5j599Po0lzPd73emmRg+J9ebbc6uiZzqDg93B351d1io/4ueeSPxo0TmcCLc'
        'mfhEIvNRH9jZB27tA71MfRL13f3pArnDtc7FJLrAZbPIdneRRTabQWTNstFSZO6hI7qaSDB1I7uDZarZepbhWSc7jp3Gciwh'
        'mdkoV9knQ1YS9mSGUJoST4bC4UmTkEHt8jxpklqsMTR8pb8+WelpbF4XcFt7s7k5ffNQAPFB3xu6WruwTodO7wxCjvo0CMCh'
        'gnGMThlfuNu7/e79d45N//zU7c+f6PG047b5BzeV9f7hs9uhMWfq3es2tV6ffcMc5aLDBuPSb10owrmeheUzh2/ZJy5fLm5q'
        'TJk8y6gM6VFYtnD0428aH2U8V5fmpSs9xVrm/IAx/ZLg8QQa1JHhbed17/PriJGYUVa74hhMkHOTSKouwWySutl7e712yYw8'
        'ys1x9TkcsbiOlltCeOUSWMkm+g9HWPFoOZuOVzspCIVCxFNQoF5/ww6UJ4cumJqBDAhnuyAI4fRslzOeBTkZwVSd0+EKZ3e6'
        '173/6Lat2zfv3PHghQFb2IcevnB6+0Pbt23b/hA/6bry8tGjysvGXDh37cTJJSXXTxgNBz76n88/PXP6q9Zqfqmp5bOPv/7H'
        'J6dPX0w/+Mi2w089/gTzevTR7Qf3Pv4kUeWuqO1bvi+/hgRJJskn8+XCHKGHlGZP9KX47MkeJsvVM9sgCVL/Aa7srryl6+hI'
        'T4Mlj8lK9nCJifwGCzRZwGwpsDAia+HzRkd4F/GXRIgLmYAswJSpqp65tvxMdTrl5yNDCKqOjlzpk8Wndk0AlQGW9N6gMUYV'
        'B5e7b54bL+HsPKcuzg33IIbN6BpjC7dr/6LiplkffQsTUrKOPLnp2SNfzDk8t/89BfdXVl/Tu58yo2p8ZdXVyxcXjHh90bdb'
        'Vl1zt6nu6sJTR8G1adDuwgcef3DFgqMTT57aeT70y9+mWu50cYuKymeUz1uWO3LixUe/Pl311qJ1eepK6UxUaQGqE72ykWUY'
        'jmpDVRmejGnVmB40xNQfltYpZcw2/gRJIKmyRU+MBpYzoGk2Www+nE8FBR1YgAbaYssL6xirxeYOZjDWumdeePr5fXtffPrF'
        'Q4wDUuDE281KT+Vr5Rul93sn4CT4Eb8J8Ycu4Wc5o4FwBhU/YX2X4wcLow/2Ra3JdA27bFYmhA288PS+59UGLMppJeftd+Ed'
        'cOPfu++cUMLK53RBhaQwB5hW7HcCGStnmwirE3kDzxk5SOR6cIxecAnAo0/OcIIhQZIYg4ExW07zQPhzPMMnIHtOaFZHHXkk'
        'JB91hTWsJivVq+lu3q03Qte89DwemfcmCL2Uvz976wNbb31R+UcvMJpWcxNnrBj+axEwbaTo5+GrboTulK4qcoi7htuGc3WI'
        'nIEGRseykmkXA6yZqWAYk44hHM/tjYgf6iFPf6ee0fMH0W5NmhRWFVQYBbKikzG0Bq0puSlIVYqT2X6fUgZP3gdPMpVKKey5'
        'F/YopfeqbR5VfoWl5BO0Z6myleOJwAsGI+GfLBfIFkyZdKrHjWK6Kr7BvrnBXFia0W3x5LJPnpx999Wrl3yi8bUcmplRTDXK'
        'k1+24tAhy56PbIdTwGQCAEFzpSFDwchNcZbDeWhubMR6aFJhCdLAErdsQClCMmBLOWrnUFwKw6hTn3/1k1g7pO1bJh9lhCX2'
        'IwxP0PYSuyoaQIl0QhhgyzZlloNv+TWg2uqStm+5IP8A8tVNuskOm85EdMTjFc01EVHPOmsirDc2rzs6ABYmmKqKbkq2jY3f'
        'h7NtXPCXf//7/HdAfvnuyLpHd95zX+P2jczLynblLpgHN8CNMFu5V9kMfcCm/KC8rbyvfA1JSPNW7JYZZc5AQrKDExjGaOI5'
        'jtXpBCBQGyEepEC1QmjbM8OxUVT7nWLlc9PVIdwKM5RX4LqdMGEzN/DL3V9d8GxWeTED8Zqwb13IIDmQRBLMgjPZaSacPyAk'
        'JdhsxpqITQ8kiSTF20A95aFN2fI7zaVw7iA+lyojfddBQFVVAujxX4pzRvi+R7fXj1q9qOZ+6ajjP6988FXxxndqVndhTtfN'
        'P3jP7bevHl9bf8dc664333p2zKOP7p68qXAzHaeRyHcv0taN3CDn63W+JGeqiZDUdEuSTte9R7rVYrXURqwe+7Lr8AuuM1vB'
        'wlutrM/v99RE/HpWrIno1aEJa2Ojkkz1LrU/5HJtq9mfrnmulOy+2JEQ5IbpTcceoS3uApz3579/2OZ5Lg3Mq7fsf2L61I2P'
        'rVx+632mZ7Br73+zacO2KKx89cOXX7T+umpFzdKtS+fNXX7bnIS9r7wWvXNXF856gPp/mcj3PDqeNtJXTrTyNoZBtQF2B+Gs'
        'XE1EsFrBqNMB8rwA6c4Mx5yIfG16XpqgqtA6AfmMQUkKO3d360xm5YuvKxuYHEnZ1NcCP0CB8jIU3MUevnjt3eytusn21m9H'
        'OCh/xyB/k5GGJDJZzrXZ0Ul0ELte57Ejl112HZfcJRFFPDGRdTjctRGHTmXoDD249FCjX47qg/IWXZyY6KNgZHYy7FS72VSV'
        '5iAaay9xFP1G9BJVk8YlK//55rUfAofzv71nx+N3DV9SEM1kU1qX++Y/3fwfePt0G9nzmPOdfZtX7uidx/y0Wbl64nnk38yY'
        'bLhIKimRQ8lWncnoJsSoY4Np1kRH4vyIw8GKYkJNxGxab2IMvAmnauDSVFXVXTvNndwzKgrafCXhgF2fod7S8dd38Dw47w8f'
        'fH8RdMjesXtyDz60q8+Bmle/OvLAqiVbHlmybCOcPK0oMBXGwC2wWvncv0f5XDlXXnH+w80771v6WPM+yv9ZdO4tRb3SQ3YI'
        'HM8TUSQmiYgGsTZi0HHq2F8adpWb2UibgXEGLTZA1cyZ/nIg8sJXYGo1so9xZ5XDSoOy8VVIYMbBys2o3SLIo0TkkRe950wy'
        'Tu4d0vmlRHs6qjuXKOl0WX1cYmq31G7zI+ZUsOtSU1mLJWl+xKJne83vqNNIbNpcyUdp99rycjv6KDhN2JyUOLPsGuMsOLO4'
        'xJ//8UXbtsU1K//1dvO/VtXe+cBnyq91K9fcUbcyuHXdmoeg+30bYM2rf/3wtYYXHJzv0KJH3jz+xKJDbs71LCOdXXjrorr5'
        'rReXr1x/h/LpOnUeVWIfbdhHN/axVO7dxYbyi+Krs7HpGaYUcwqOv9lvZhJYs5l1On01ESfVC249xMT38j62y0K7j9Auuza7'
        '6o4xtJe2DsIwCDib8p8fH38jtKfv0S27uW6v1L505udPv/nh+Nblyx54oH7kquuYT5X7ldvWbvFFIQDGiTcD99GnrcqOfbtP'
        '7d/00MFrllGdQO0Y15/GmF1lO6vXc4QTBbrIgBagHMx0SDI7mhk7WjaWWrdXX2VvPHXq4v2nTqm4qF1GXCKRSG/ZKxEiGASe'
        'TTAbDVvLjWbNQm/VLHTMcrl/Y6WtaiysWepXT22lpvoUsxUbADKNPMQVcbvREA6Uu7I6JFQv8AW6Ot16Hatjs5hqpp5Rdz/M'
        'XAE3h9vOnULXg3gzJ4XVOFkLld3UkINTBOc09suLO9mJzICT8OhDaP/u2az2oQrKuGvYbyk/CuRuepZwnCCqLoyZ9/Oj+Ar+'
        'FM8bWB5kIHsjJdAMjFlzFCa1h/eh9oZSnICpCltKZr9kyzZuVMjGjXQeduoLekks9oXN4qq5eo7loIDUkfVIg443MwXMHGY7'
        'c4rhmSv0JS9XhFy1LxOxL18+tBnmwC0PKZNP0rEtxbneldrZVDJG7pkS8HgF0UaIGPBywTRbklksEFFKxYA/sLXcb/KAxHqS'
        'kpwVkSROs+zYFxx54rG8jnfW307DBNT/aAWCg/Rxm9U3LZzNoRVzcl17jplUUlQI+5iug0aWXDcwfctdd+1IOJoI3IengbSu'
        'f5UTihdUDR2QUzN02MySgvz8wrIB81bcdZvp9fffu3DVW28h/Y8oX+lvQZ+pgIwkS+RCn757v2vMell2uz0phPTxmPvxo0q4'
        '5A8iHGcyjfgwYh/yYcRtN5v8JsbImuwme87AgekfRgYSJgtsXFZOTq8PIzkkM94zbQriHFQnoTUcikXUV4iaqXamOicvqEVH'
        'OTacj+5wXpjF6ajOxtwcJi2YyjFOh40LZ6dhsMQFU9OYXIuNpGSjtlD5kwCaasrrq7+l5mTdDTexusGvzn1479J/rPtkjK7r'
        '1tr00SV3jnxI+eyVH5S73n8Yur9+D/RozLtH2fv0v5RNx36B58D2L5j8bOujK26Z9vDEihvuaO7mZv79nPLejrKywsWLTzyz'
        'AxJ3Hm5UdDsikxt+uO8gOO//ULn515eVj7cVT6ieUH4MpvwdPPAn0vaMcviL6XfUfb584ep3H74eec1h4D0G7YKeWEi53FfC'
        'qIZhdbyAgskJetZmNTEVEZOJLmraojYoscE5GzTZYIMNKm2QZYNMG8TXvEhBdkE4v52V6iIPxps21YtOYVNYDLRF0Ov0eJvR'
        'lVv/SOuSR19nCj5m+raWi94+hxjzM0lJsFWpUtdGuX8ljV2m9IF3hk2gMTJGytzXSKeEVrgLmSn3N9oFu8/HJQhoiQWO9QeM'
        '9kR7YkXEnmZnrjPbgR1kBw6vFt5uR3Nnq4hgF3wVEc52ua2pmFQx9wpeWsyb4IIp1pSAFdVUF1ADYHxSjUx3UK/c18r351uP'
        'MwTO3VX/5GHl+60blWNw9eZNo5VHla1Qs68R1r3wDr9U2X3H7mTHs/DrvKnK4JrWtl8UbpkWH6BvwS+idnOynM9a3C5BFF0W'
        'NtFnduO0dLvtdoJ94ohgEWShRNggNArNQosgmFhMJh2OjT3gg0kxj1ztzqW7zvFnKtGcjHYJVQVUXfphPV8rF8H8P9Dt/q0T'
        'lNeaP1DeegxugsGfQ+9rnunzMfer8p7yq9KqvAbpIw+/tB+Gfw6jYUl078DFy7T1RRwbfhqOjYihTU/ZbeYNhCcOpy6hIqJj'
        'eTNy3hZwUhovj1scjMZewlqIxlEbP2238uaJ1n/BuzAdVjapvozyL+i/5ZslzKm/Ks8+jczcrDwDOrBf2L8aKA9V2VCob1Mq'
        'Z/Po1xhYPXo7Ei9URNbz8BwPi/g1PGPmQWDR8QHgKiLAErEiQmwBqQNhMYGYpAV/cRulRjQpsfQk1+vivWz2xT+zm/ilW5WB'
        'DynOre003EN50FdOBp7XCYyONRhpU8Dr9TiKehb5YFSb+60Hq3rYagvoZTthBmu7+P0x9p/cV63nt7W+hg1psjIDZaWR6vWp'
        '8gC9TiJ2j0fnVOMnFypv4gIP63L5WJ+lIuKzs4aKSJZe1jMb9C3oP+tZrj4AlQEIBNTpit6IGuJe7nN1Wg+Jy0dQkxzUX7lq'
        'jK6Jzwyohuu+hrRRhwe+9/B59D9tPzScHaGUM+Oqledf+lRp2sW8ARNg4ban+y68RflYOa/8qLxdWqQ0Konz7ohCcYxnfICO'
        '2zzZrWdZTkCnmjOaJD3qnBI9tKDjdLTtc7m3ffgi/Ro9Y9aDoNeLVBXhuDVJEJWgUYJ6CaolqJSgRAJ1PONr8DF1hAMaiofz'
        'lzQ7jiZyG8cWEzelVXfsGPPrMWZdaw2/tHUPU/prncbzF/HrdrrudJc8hcb7KDk2mYcsHgI8ahcgPOSf4yHKQyMP1TxU8lCC'
        'bgItwPymeJGWaYnn7+NhQ2d4RHf59kHn/QVtSUlbZECqXzymKkqkMdD2LTsTabSQQrkHy4gJCUaGtdpMRtQO6EtURGQWWJbY'
        'A1RlowaXbRDQtLbKo8xJl3tlfEBdI1YDKLoq49DBW8pDQ563LamYuRAn48nPHDDPX7tsfQM7bOvF4MlvYmNZQMcyR/YRoyCq'
        '42kUDWiiJYMeGLQmPPpUqHzDGGO6L/cpUkBPR0O1ENyY1pNHcTie+Lz1SQb/7mo9g2MyiHmldevFL+NzLRPb4olfTlDHRKfH'
        'QWHV6axN5dhQa2zCSXuMeZNfesG3VaurY7BuIoyRz3pIokVKSExI8rEGj8GMvp+DTbBtSIIVSVCdBFVJMDQJcpIgkASOJDif'
        'BM1JcDwJdlCA2iSoTIJSCmBJAi4JZpyhxYeSYCMtLqH102gZVn6fFq3ogFdDqmFcS6to6BA+D3G93QGXhsgYR/R8HFFxHNGF'
        'JDgTx1WfBEw1bV9OggJKP0lq3/iq+AMRu0JBp82tS7tabnVrx9phmYDOqZw8HIsgZIJfXTEIQxdwD4I8CFv58WKfrsrGVcr6'
        'fikst/sC3OpI1wk42tU/snu2bjg47aLMNu2+Zc6LF0v5pRczB9zZpdtjTvYdKt9xPSFh9J1JDAZJz3G8xJsTjKBjBYJa1QxN'
        'ZoiaodEM9WaoNkOlGUrMgPkdlAHdjLpcC8QJzchV9UD/1gSe3/0Z86tpDxed8sTFMhSbouNl7FakgyFTUP9+hPo3gSSSLDnR'
        'KZiJQHxJRvQtjBznQd/CXk+ZPen3bF273bXp1VBP06uE/2iXcvyjj5XXdsI8GPERDHziVeWXcz8oP4Pxu/PAM298qhw6EIXr'
        'PsMQ/46nlOc+Az30VP6CGvU/ylvQK26DqX9kIFaMLAJmtEBGDDJsdjNaILMZLVBCzALZAf+p/OhohfIv+QnU40E7lM3pLapN'
        'DqCTc6FFmXqMGf0dcE3KUWUlLAeZ/fjNb1s/4Zd+dgKsre9TGqYod1D+eDA+LpDT/DYvumY4ofj0DGdSRcTJJaRWRNgEuxFV'
        'krE+AwIZKqcy6RLJ5SoIQ2FeVUF5TrpSlvE7jFPeV37svnJ63sBJ4za9Ouh15fNNv8NC5UOlPrikWlrleupNwzMw5IM/5iU/'
        'M+ZrTpAzwWSyi3ZUZwkY4Eoix7o9JsaOJgp9s7hjSWz1Hqj2QMCjWdfsgisv+MRWqlTBizFZDYCBjTuW3F0YkQ4/xmz6Htgj'
        'j8CGn594WBkAJzc9zgxvPcIv/eClhz9Man2E/Xbx0taf16m6cFLbt9zPyPNe5G7ZbyLJSUGXjuddSaghe5ssdlfRcFPENMvE'
        'mk0QPNp2Ts7HrMLg+OD0ICsFwcSZgqzXG6iIzEmGSDIUJ6MiTQaRT/ZyLPpHlToYo4OhOpxn9kvrb9ry/aTYIk0Fta+TQr+J'
        'ErmUdjOS05vpqm44pqVkuzSXAsMn1A1deO5n5ZTyTWvrmGcDzQeffatg3rbKJ/ZWYWgLzDkl/IL/6Yd2HRi27JWrly6YcW1I'
        'XeuE6el1t9YtHja+X4YrfUT5baOeOX7f/pTqadVzrh43IGT2h/qXzkO+9Mb5cEiNayBL/hjND6NnRUHdk1CHC2yL44cK0kS4'
        'ED/boB1UqBOBqRBhlAhZ9LzAjNMinBIhSs8SaAWYe04ELV87glBNi7QzBmdp0fb4+YgCmklEyMOCZhE2iFBPy0pEyKQFzRTL'
        'Btq0lo+IAiJY6OmLFnqUoZECaOcYCmhp56MMk+b+rwp9bseCiktll1b+3PkdNmOcTPNLShK3ivvqgo/7amvMB92GOrA78tVO'
        'hss9JYues6AEJ6BpR3cTPQwnNDkh6oRGJ9Q7odoJlU4ocYLq/l9SxFSGOqhGPjWNql8aJNMbHcd8sldR7j52/NmX3nvpHuU/'
        'jiXndrJLL65/+c1Tb7BVF+956uflGj0iztXrkB6BDJIz9AI6VyzD8AJrEAOGEgOTZag0bDA0Gc4Z+EwD6BmWB80FQXrmxs8c'
        'aJYAo1Nwo6liE15vffktWFVaCiveQlsU+OUXtiXeln4VtuWFi3Kbxyuo6z8OvRUEC1gtGC3rwcjqJYMoSpzDy/sS1/rA13R7'
        'XVG+D3r4wOsDgw9+8cHXPvjYB3/ywVEfrPFt9u3ysQt9MMsH/X0jfBN9bHcfJPrA5IOZrT741gef+uCED170wVM+2OoDxHq7'
        'D270wfU+KPbBQB+EfJDkA6MPLvrgGx/8zQdv++CFODxZ54M6H9zsgwofXOeDTF+Bj0n2gdkHiP8sxX+K4t/ng4d9sF6FvcPH'
        'lFPoAT7ohd3wgeSDfhd88J0PPvHBSZ88B573wV4fbPEBNrCYNlDsK/cx+ZQgLyXoF0rQp5QgrQMP0w7cQTswiXbgKh+oFfw+'
        'nHa+Ot923zHfaV+bT0d8IHgsnMg6JAkEddRwnNTjJDCZntyp+L3DOFc6kNN+yOfK4J3hVYBQu3SgflNlRN0zDU/SJIXN6JoA'
        '6nKG3eXua7Orl7xBAGH+f86c9/ROTGs7o0x5o7VXhqfgpyM/9guIvlQQ3mDrSj+u3XqxCkVq6ZMHbgGOnXHxvo/uD9bcwx7Q'
        'ZBl1Fh9SfWgQ5NcEUcczLDGyPGcQjTrJ5JOKJWat9Lz0jcRykkPKkYZK3OxSqUpaIW2UDknHpTPSeUkYIEGaBEYJzkvwiQTH'
        'JXhKgo0SLJagSoIsWkpoaTMtbaSl1bRUliBHAosEnAT5LRK8TyOsHTTCcmBztRKbJpVie4ewLV5teiM2yWE1hkhZEnOrHhbi'
        'pOAMetXbZ1V3HCMw9XwKqApn7u/7k9qITO4wKWP+mQhBUQ0K1LigTIkoJe8xHsX6HqyGO95TujBGZmbrg8zfmMdbP2K6t05t'
        'TVb5iFac6igBonKbDoBh1AVjTkBG6ggrsB62iGVNLAgcWoIFBphqgFIDFBqgrwHSDOAyYA/gBwNAiwGaDXDcAFEDNBpgowGq'
        'DVBlANkAORTUYQBigFnnDXAmDnrIADsMsMEA9QaoNUClAUoMMNQAAQqNiBEY8b4fx7uD4q2leEsp6iyKmlDI4xTVCgpQSvGk'
        'xfHka1h20OLqeH2NLq0ZpKlJDlOSNCRauVb9DK39PEWAtZlK2jAqSbMBfhsldJwxk3/vSNwfzsGKDrGDusuoLr1eMgKqU0TX'
        '29D20OFmxZdav3gX9sJT7zJFrUeZIja/dQqznc6Tq9G2P0bXWkbIIYFh9aKeYziDUc/G7DsjgFARAVu9EaqNUGmEEiPIRogF'
        '0dreNT2H0MHh7A656j6XE1K4xy5sYydePMt+fXEnu2Y9N37r2gs71XbvVSYw3fkTRE8yZAdPdBhzCiiWP0YABe7HCPFd8vo1'
        'S2rH4BODC+e9sOmf/1Qm6Ocv/WXd0t+eC0CjdNm5AF49F7BJmbUNtsROBqh1LMoEeCLePqPnQPVpeGyfx9Irtp8btgYxgLf8'
        '85+IbcJSXc3Sn9dquAzMIyw6lEQHefIcnqMHC1k1nEImIlav0F2YJbwlfCzoXDoBlhQK44WdArtKeED4SWB1ggufpwuHhdcF'
        '3cgMoS/eq0U7hQ+Fvwv4uIA+/h1hdSqsWlsrf13Az9G2poNFxUXqVb528LAiTnAIQ4VSYYdwSNDNrxVW0Lv3hTOCTi1SH84I'
        '59WHUrw9L3BXlwobMZtVcxkVpFSoFbgERFh/cFyZirhe7jVgUBEj2IR5wgHhFeFdQVc9WBgjLBPuFR4VeLVgKhZx+USoFJgq'
        'QCU/edI8dbt+MqopLXW8n4xyc7Lzxq3IqB4Da1feVv78KFS/DfOYR5hFrXcyLa3aeLV9rsziGpRvcIydsqgd/ngOZQVjAm2U'
        'WRQ3P7dLmbVsGR2T2dx+xsafITzpLntURwa9Vh1h7i83k0yibg2dxSKSOaljWClCbtjuhEPK4VMfc/vBlax87qBnSDEuqOFG'
        'kiDJwshgfKB7d73emWDuzbJmZyKX3SfZMzqS7AoQq7776IhebyUFCWBOmJPAGNmEBKvVWBLBECtNPUbWlA2N2bAhG+qzoTob'
        'KrOhJBuyaGaHKR0/9kBXElGJ010A7fhG530V1d1T93ALIL53ZMOgwEmdv1iwF0yArtmD4CrQJzBOhwu2Pbbj05/+Xb1w0S3G'
        'F3rDihN/7jEgMWXoNVXlOt2wIxNveCjyWt3ywgrHngeePKTjBqyYN2aiFdKe36/0Lhmtr7bMqr59xp0THx4b4ZisqtFlldqa'
        '9Qp6HuEEcSOHJsl5XfiEBMmDEV9aOm9lnE5fScRpkYjByaSURBhXNB0K0mFDOlSngz8d2tKhJR2a0kFTgfPmaf2PRdT5HeJp'
        'GsmmqH3S9jlV51YfVnf4bWzHHf5kZd7ix8KMwDytO8Rx2Y/fdvLlFxfe+eDa1ZtXL2JSW/8UucFfZ+i7i/tOiVxdNnOi8q3y'
        'xZfHm7/44O23UG5wrNk/4Vh7yXR5GJEcdp1eb5fYRJ/FXRLxO+oc6x2nHZzDYbEEdNW6el2zrkWH6suiq6SPTZihF1mdzmBg'
        'SyIGl7/zfsJcdam489owaNtZbrpFTY8axaM6sK9eU7nUfNjZsufLs+dadn6S9GzCvFnr65nUvzTPvMm09Tnwgx2s4N+zKWHi'
        '7Je0sRiP9J/FsVDPV4yX+ySThASzW2fWpQVtzgSCLpAgBEoigoVNLImwrg1pUJ0G/jRoS4OWNGhKi41Ch1V8FLuCzoOQHiNV'
        'jT/DXdVRcAd7o8Z3XDomwuZStsPdi3dkM8wh3R5W3/rXhXdubmjYtHrR0zMnggM8TN+JUxfByxfsu/paantA9ZfH3z/90Ztv'
        'xeabB8fAhqNwq1xot+r0XkJMJr2V9SXq0O3wkpKI5MWo2OsVzWZXScRsEZHdoqvZB00+aPTBBh/U+6DaB5U+KPFBlg/mXj6/'
        'Oh2P8GT+JuTWhoVJ0UYlYHV2paOiB8dDG+ev826bojx57sKFf8Knz5k33Ll8sw7+89yfJhf1aiPQBRLBBF1aX/Y0PPXwPu1M'
        'FDpTzED+T8RJ1sszJTvo0JNyck7O7TKYUVAIYXXYA7vODE6/O9M9yl3hrnOvd293683uArzd5z7mPu0+69YPqMA7RitjzQi6'
        'j+bzbnl8VZFb7tqzKODOcle6WdmNOiUU0tSu6ifEbTUOZjZdOQlrB1PQTQjmhunpCLdTHb1kCDth1qEHH1y2qjinV3DYoPfY'
        'IxeHs0eW37ZxmWmNUHj9lOWarCkT2LNcMQmgt71drkpxi6KfY7tZrayfzcpMMrsNjgRHeknEYUkIlUQSXESPmoADHQdGjvjk'
        'LAhkwaksiGbBBnpPsqDkdBY0ZcGoLGjMgvosyMwCcxacy4JmeiNMjjlK7S4R3SidHDvL1EFmOw0n3bLL6KouoASsucGOUy2c'
        '0zcvrHNaLWxObCmFHgxh0va/2+UZ2+IqkJjwgVvfeP6tkzW7ejMC95TuYNHysQ1LFqwft6JImbC2PrF4NAx4euYsEMCnLoDO'
        'mtJlo77v7ouvKf3Y11ccm/Zmy2evVD1PZeBuHOXvcW56SKU8wGm12gS9Te9NtGO2Te9kJZyRluZEaEqEaCKco99tidCSCO2Z'
        'jYlQnQjtDuO8uLZEf6+g88qjdvANhzbWLbojoC6PXdX/sTuiTzzTo3Jc3eZDh/TALp19w74/t2YyT8+bkxO9v3UZf0JZctUy'
        'A47vGiT6KupX6cktchGr12sHOcycE8hYtL7aisppEZroms52uhpTHV+jOdehSFtyGUWLJv3GxY2p/A6HWOnxGKR4zaFDh/jA'
        'nj2/tnD9L7xOmLY/o9+m0WQh/5H3GFiOQxVntZnNerSzep9G2CkbHLPBehsQG8w5a4Nm+lBggzYb7LPBdvo4J75/k0W3cE7b'
        'IGqDRrobP4oCZ9L6V2Gds7T4FIXA4nobVNvAbwMzxagVHaOotcqY2UJbbeoA3NnPv4Jvf3n81r70HduGic9YlTlW9fxW11w3'
        'XeRZc2jhwuuyBw3rp/Fq4uYGca2uaCb3uOafNqCPzyLPjGSdPAO9bINo4IhRdfE5yeSXCiRG/aqQ2iTOLGm3dRKfL8ljxxdV'
        'SvVSo9QkNUv8aTXY1Z45IlkwSJVjhS3SOUnUM6A3cIIZfTMnqjm04AXufJisiil1/jSVk63GJvm/3ahis5R7Vxw6BJ+8pwyH'
        'P8P3Nyt1/ImLUxhJyWzdpPUBBtFxXyCPZjFGUL185zkeWng4Hd8Z3M5DPd0H9PNgpjuDpztsGm7gYRQPbbRKM81vB/69obls'
        'l7DhEH/i1xzK09WE6IJoo7rDErnN052QFDElYBPEgBjqkYQ6L8nisRKnk1N9H5M5RSTOqhAUh6AgBKEQ+ENgDsE3ITgdgudD'
        '8FQI1oZgcQjmhGAALTWGYDYWv02L99HiuhCUh2BUCHwhuBCCs7RyO8DGEGgNhCgAF4LzIfgkjhrr3hiCHFqEDedfoGVYs5HW'
        'rKWoi+OkGWkDWvM7KF1aqY8ibQ4B00RrbghBpUoRhoNZIcgMAQlpGjq+NfaHv+66YrT7m3gYtXt2QbtWD3U4SWvLj++TZcQU'
        'XE7XcBfGTT1CV+xCs7Vyloyvrll1ULcbGJZh+z9w0+L1SWy/7XN33H9gfPWC5czTDy+MNrauY8e+2IPvmT+qZuLUG2+uPPC2'
        'qhkfXrjvkdZ18XFnv8dxTyRT5IE2UTSQREOiL8nmIi6+JOKySGYDcTYnQVMSRJPgHP1uS4IWut+pZTbSDdHOSjzex05KPKWD'
        '8u7YN+xLfo/rI8seOBTrzKDHFh14nHn6xgU5B7Zd6kH1pP0nWjM1n5BLRpoN6BUWyT2tdDfL7RESqCPoUB3BRg9s8IC271Lp'
        'gRIPZHngtKddV//+OfmUy73vX7//7gf46uevX1z58LZ1a+9/dC3TRTmjfA0pYGWylLPK5y1vn/rbhx81x2IHZQLSdh09B4qx'
        'g4f4rYIgEjEj3co5GS12MJkFH5NKY4cMKMiADRlQnQH+DGjLgJYMaMr432KHGMEpqV2DrnZmOjuEDvFTZWrs8Ot4njukexo4'
        'nsvatvTN11+8beWNiwpWb161WA0eXhAeVSK87om+XJ/p9qpJynnl0y9emXhs8wd/eq3dJzqHvFb971VyqVuwWi3JrIVNC1p8'
        'Jotg5wmPnjdvIQE1HpTTIJAGp9IgmgYb6D1JQx+IeuKj0qAxDerTIDMNzGlwLg2a6c2VfaA/8Nf5dmc95usEreoRPHvH32ad'
        '+XMTOuuNfdHD2as/xDF9t73bsGnNwkWrNjc4wAUupu+EaV3u4wd8e6EvHNlxYzkz6L0TJ05/efyvsTnBrMY+29VfWOrs6M+Y'
        'HE6zzmDhzJohCHfcoQir7Hdp3Nf8Taf1bt1ugQtVT09LTxtYvYAdNK/haPra6YbHDS8faj1B510+xjWH0dfsQarkgXpdqjPJ'
        'JxHic+q4UE8plfV4/KhzPRbWgE4A67L0BNITzvWElp7Q1BMqe0J9TyjoCZjfzrzY7wvCf3A8umt8yy0jE3pr54c7b7mx7OH/'
        'af7TJynb3Rvq19SVTV26ZfmI9/508L2kR83Lb7mtNmvypvVLhneD0OadK9f5J4wuLZVLElO7XXdLycYtS9Y6iq4bUdx7YI/0'
        'tKtGTFH76G87x+DMJQ4yTE6THA6j2SxynMuZwAuoW4xmEUysKAtmxqbOhXpX/LRV4kl1XT1+4lzzEuiBYOxDrurb54WdYWdQ'
        'WxZgekQm/eWOFbkL33wzXJA2VPD8yLy7/IcflreOG1mQoPkLK5HX33D9UcdVyANsgmAEr9Gb5LPxVMW5JKdIzP8PVRwJd3ZT'
        'rY7Y2RgtimS6xs6GWqH/bzUc1791DNVxTM3FvZd0HPMO0qxHvfwL0myA6+WfgehEA8swOgNrNImMWQfOLSZYYYJKE5SaYKgJ'
        'AiZwmIAzQYsJ3jfBcRM0mmBjZxgNYIZWrJV1LPiE5mt4y2m+r3P+WppfTPONJsjDgrc7FxT8d4S0w/wWgCkxQaYJLCYgptgW'
        'ZsUfmNffP5ly5YMp4YLLfmGRom3UFIA9zEz7QLm16XupX7DrT8dwaORur81fwLxCoK1VfRuU+sYneFpuA2LV60zmBNYumlgr'
        '6xD0DoytBQGMgpNNsLOCGUxWVu9c4ILpLih1QaEL+rogDZWOCzgXnHfB311w3AUHXLDDBQ+4YFUcciiFdLhA54JZP7ngCxe8'
        '74LXXXCYwq1wQS0F7YhRF8d4mKLbSNHNcsH4ODoEOOOCD2mTCLPTBWtcMM8FUEnbTKNE9TtPmzpOcdTTdopdkEWLkZ4LtKhR'
        'RY9R7mIXVFHsOS7wueAcbeBtFxyiza+gpQUuYCwuIC6q3it+dyO6847zpN/dMJh8xR07etLIrTrc6o7BJHV7iB4sbj9zFGQv'
        'bcbl2cN29Yt74J0X08SMZ5uVdw4c0adZv3j5xd7+k1GmdVevXa1ZOPApnqdHsOWt3pfWsolUf7hxLn6N42+EUrlRPb9m4ECv'
        '7sCxvF408pJphQQLJBgqqbtebF+6jeaiG2U/SXBGgg/pZtphulu2QFolPSCxVRLoJJeUIRVK4yV+ho5e1ZLXpQ+lv0vCZulj'
        'iUGg8Spa6IhSLf5JYo+rCDKkvliRy5su7ZQO03xeUhfO+141uChfglQJQA1smPPqgchmDGvYQ+p+3QYMcthaeiqyNL6xF5CA'
        'Vk21eYoa6Z6dRSqRqiUVWodxEHB6lhF0ZsI424/pqbutFZNCHcasYt680LzJHafjb/zjS3t44Svs47EpyqfKJ6/AUuWeNyAB'
        'TG8p98AqeEEZyvRkEpRyeLz1fOu76pjw6JdcxDFxqW/EsAtmq80giqzZxnncgt1sd1tFM0HtTnz3emCZB2o9UOWBMR4Y7IEc'
        'D6R5wOYBxgPnPXDGA+964BUPHPLADg90hB/fAd5F4WdoFT7sUOGBP6zQER6iHkDHdKMHVsQd01IPDKW+acADDg9wHjjngRYP'
        'vO+B457/Cj6vxSNPjMG3A7dDtoO14+wIw5TEcREPNMVdZszM9ICFZrafIvm9DfI/fBNGxf+6nX75+zC04x+xw4Md9LQ9tWsu'
        'WvsCwKmMcQNOY0hgjo3Izuj95FSrMrbpDJ9wLVv43UtK5ZDadcoE4526/4S43NbdCV0/k15j9l94fe+usXQu4zf7kPp7JJgq'
        'X2R0egBWJ3BGg47l2JIIZwa9uqpHnO8b4bgRDhlhhxE2GmGFEWqNUIUagO4W5hghYASHEVAnnDdCixEQvul34IdS+DQjcEY4'
        'E0fbSMHqrwTmoJB55ym0RscOirGKAnG0yfaijk1qAFpLSBPTTImK0tY20P3OEko4Ut3xTSf/a+h6hTecdB7TjhunHU/Hx7dN'
        'nWOZSa2vsZbWR5maNWzG2jUX/xrba0xVJjCr+RMkiL5Zf1eXLkbWmsrqubR0r6AX9D9GzMIogckUjgmnBNYsZOLTWRwuVhDM'
        'xGzDYkJSOu1uxhbB587r+KON2I8c0A3LyeiaOwjw2ncAOKmrrv1IUN1jwhwG6tbMuuXm2SuX31lQft3sssis68oLlAkPrYVZ'
        '82v4Oq5mPsxe9+DSG29Stk5eg+Hc6inKltk3L8V+HFFGwiR1PQeulv+hngQnZAUPtfQIdykPQ3nI4SGNrtW8z8NxHg7xsIMH'
        'DaaKHvB28BijwczzPJyhxdW0oL2ytu6DdTbGqw3gIRQ/Nc6c67AOVMfDnPjJ8Y5n0fud6nwW3R8/cN7S4RS6VuEsXWtC+GPx'
        '4+ja4hICZMbXo/STryAgV5Keirlz/wv/jGTSQE/dGg9bj+xURuqX/LwsLiN3xmXE6HJxyYnJQQvKiN6b6E1EIfCO8jKZ3mPe'
        'U17W7M3Ep7NelBGv15qaGvwxkuqzWn6MWMl/ISN21XWP/YbUGvvtNd1/dDsTVBnRYc7k8lEzI+NvHFU+cMXylbPnVM9aU7dC'
        '+cvNs2Ha1NUOxnHnFKi66calD65THqit5eq42vnKpoYtS9V+XM9050rYrhhLz5FFwe72EOveiLrTfShjYJFA1K1vd1IRvSY4'
        '6FXuKZqKiGyXuw8sshuN/N6I3zjKuN3IzjHW4WWf8ZTxrLHNqDfKolRkJJkh+rsNy/FQ4qehUOh4KP6eAnW3gG6o5tKQTzs8'
        'i57RtcPuGb60bEjt1XMezKlb5l/Ya9m8/vOZ7j0Te3XPXF+a2NuUcv39PTLUdYDb2OuZo7F3D4Rkp4nYdETn9bDOfRGM4UTz'
        'voio/kBQ/bnjic5Hmy+9TaXj75aZo7sWLNj1xMKFT9w8o7h4xqzhI2Zyi27d+eT8+U/uvPXambNHjJg9S+VZEbcfBVTd906R'
        'HSz5gz1vdR3ZHnZC0cenlMPcfgf4k5WvCWlrI/+Gl+Aw85BVR+b0I8R4hFSQOVibnZRLYvsYn3N+rgb7hvE+Z9AJDCEGgZVM'
        'RI/mwJs5t/OPX0TIE8Etgl6Eu2Gq0jgTJsPkWcqjUDld2a5shREwFSpnKNuhYpayQ2mcBVOUhykddB+QP2PLIIUEowgyBaqx'
        'fYdsYhKtGUxiaWKyyZoesuaSUC6Fvwtt1Q/8iwg/ilPhp5MfEd6FDpvPZ81AbZKWJXm1Cpig7Z/cfuYw/yJxM5zc5vSKHodD'
        'kvj1kYB6VEt1AFl1OTxTYkVWIjKxrY8I5GEvrPPCIi/M8kK5F4Z7Id8LIS/4vCB64Scv/N0LH3rhAS+s8kKtF6Z6YYwXBnsh'
        '2wupXrB5gfHCjB+88IUX3vdCkxeiXnjUC/d6od4L8+IVhnohxwtpXnB5gfPCOQrfTOEPxOFX0AaqvDDeC4Ve6BtvgHhBw/+u'
        'F4574ZAXdsQJWuCF6RQeCYIsLwS8YKEV8uRabKOF0nSc0oR1NtI2qr1Q6YWSDjQRStCZOHCjFzZ0oKY0DsnFm0cAZgPtH+Iq'
        '8EKmF/xeMHsvKcSKyw3mlXygiv/yBWJ/EACpSjObTrqT9D0+2sZ87AgJpPZm6CsOBjHh7C6Y8sIJAN/2KB15jT+vr1huzBpd'
        '0LN05LAuVdbrrVXc/vRe6YPyp8+6Cq+3blyonkOCV7l5zLWEJX3kVMKoRu25iBn8UACjgMvEyxzYB6cBrUJGqAg09RObi1a0'
        '+9w8eHXNmtiZJnhVIHFcDN3u+L+FSyCXcNWxR6GInvEKyjZeFPU4qQ1Ev7WcJ7vKeVZ9wVOnrTdtmTDsrEsPLaqIsEfvnXLf'
        'kDV3vPpbXDpCOEEwGgTEJbC7MF2GC+K/SA9DkfZzdO7crPXy6ttfU3VkMXuUqYj91nGEnGG22w28SpxoNYgGp0NvNVi3lqNq'
        'MRt2lXNmdp8Ttjvp70HC8Z8Zk86/QYmp0PYOpLTfwaa0HrdNLmv9Id6livuHrF7yarxnv6HFYjDYdCJ2TkywiTaVFhvSwrKS'
        'TcJu2v57WtoZwLffMRWpvRZNLntFeSbOkkn3Dkdi7lE5s+RVbcxGwz3M7ewLqGMDMipik7SeBcJmsQxrFkFEJX4y9i6iziaD'
        'uf2xBXMfebS69nFm99wnd9bUbH9ExceCixDd1/RdO3rE2Vt2qe+hU3/vJbAmiQdRELeUc0RQ3zPX+TQfjThzVV5qSdftlYtH'
        'mi4+8+on9KPS+jzaiyXMQ4g7qNoc6s1tocLKgGzO0KSz/Z0+dvrWA3jpb3+jck4Y7+aSA3uTKswDfyR+7f3db8q/PKReP13c'
        '23VhZ+t9htn6j+jLvZnYG9TxWz9IGUmGGA5d2PnrbYbZv3mzejXK5kkmH9Hnk2eZj8gEtFciJpc+mQznx5MiuJPMZHaTOkwm'
        'NpmkcHtIFcIexedyvD6v1kX4EkxbMc3ANBJTJqYxmGZimoUpgqkyBn8UcUxT8dBrDSkV/OQRbIvD9CT/BpmJ6Un1nvuSPKnL'
        'JzPUZ6z3IkdIgObXYP5uCquWT1Hz6FWrNwnr9cb7bXgv6tcREa+9MfXC/KsRz72x/lrYl4mBq2n7HPsyG3GqfV+BbajX8eoz'
        'wiTH7u+GN8gaeKPtz1jegPcN2P5qzF8dK1+hXhk1j5B8rKfa/ZV4r+ffaGvFq1v90Tumscwekso4yBH1iv2/ng2T27BeEaZ/'
        '4/PdMTruYnaj3a3R3tSO7dWpCWGKaTpJRqPicqn8jI3jtVpiyjA9iYLcjM2VoCwXIQk3YWrUMAlVmC6i6kAPQXwB03nUG2mY'
        'SjH9BfVdFqYThJgQh9QT0z8ISdhDiNmE6RwhFqxjRUTWmZgQzpaD6UFC7Niu4zghTmzLNRS7izDu1YSo7yrxYFteGdMZQhIx'
        'z4d5voWYDhGSjHiSEW8X9En8FkxIQ2AFBl9bCUlF2oJ4H8TyDOxLV2ynO9brjs89BmJCvD2Qnp4BTFjeE+v0wufe2EYm9jsL'
        '28lqIaQPtpONbYc3EpLTjZDc6wnpi3X6Rgnph/3Mx+f8nwnp/yYhA7D+QCy7CofqKqRpENJdgP28GtOQSkKGIQ3XII5rkIbh'
        'yG/1TUMjkNfF2F4xwhcjr67FvGuRB9fWEjISeTIK+zUK2xiFbY3CPpXUEzIa80YjvtEvqP/vB52V1TCGlJLrCXqixIKOKNZg'
        'djAc4QhcnUJEKCAA+WQcDIpdB4NMHMQPV+PVj9cBJAz9Mb8fXrGcyOhjAuar39uBk3dDUyvsawXSCoZRFyBwAX4s6eb/obCb'
        '/1+FPfznCkP+irN1Zxnz2VFnK86uP7vvLG/86kwX/5dfFPrNX4D8RaHL/3lLof9Uy+mWsy2s3BLuW9hS6PF//12b/zv4x7hv'
        'i74Z93U2GffPf/xj3P8UkXF/J23+T686Pe40sOM+u4od9ze2zW/+wP8BQ7/kP3l8hadegRebBvpfLsnwv/BSN3/bs1BytPpo'
        '/VFWjVDajtqyC/1HCo6MOjLnSN2R7Uf2HdF7DkP1gcYD0QOs+QBseAaiz4D5GRDMBwsOnj3I1kc3RJlotCnaHGUz9xXsYxr3'
        'RvcyTXub9zKZewr2MNufgqbdzbuZUbvW72Iyd83ZdWxX2y5u65Y0f8kWmPMAHHsAHihM9t+/0e03b/RvrNu4fmPbRj7rHvke'
        'pv4eqF5fv57ZsB6a1jevZ0bdVXHXnLvYVYVt/u0rYcXyPv7amgJ/DXZkzi0D/bcU5voTwTPOG/aM04fZcTrseiWWVWC6vrCP'
        'v3xikX8iXu3ZtnE8sofLZsfdxIKJHchey97E3s7yZ0e3yVWjGXl0br9CeXR6t8JTJTC8MOAvQszXYNpXCKcLzxYy9YXgynaO'
        's4J5nCXbPI4BHH8Cfr+5wFxhrjNzZnOmeZR5jnm9+bS5zawvwLyzZnYOgVFEXY7n4Shs2F86NhQqPqpvG1Mc1ZeUR2F1NH2s'
        '+i2PnhjVrY6ScRPLy/YD3B1ZuW4dGZxcHM0eWxatTI4UR6vwRlZv6vHGkrzfRQZHampraueH1A9oN6Q2FKqpUe9AfQppZfQO'
        'QjVYjGBYCR9q55OaUE0t1NTUkppazK+ByXhfU0NqML8GsAqmmlAMfzsmbGAyIsKvWq2JmhqsV4N4amLNeSaT/wvxqdgg'
    ),
    'B': (
        'eNrdvHlgVEXyON71jnlzvLmvzAxkZjI5DZCQyRDClQckIYCaEAJkCJBwiIAigQQRFQmKcomgoqvLuS4fF5VjQETwIq7X7iIr'
        'rrKoqERBWVdX2F1wXUheftU9MyGgu5/vH99/ft9Jevq97urq6urqqup6/YYAIURPWghPAtPnTm3csmzbGCzZSQi/fPrtzYG5'
        '9bf8ihAhnxBu5czGm+feM/WAlRDNQUKk/TffunjmsBO3XEeI6VZCRp+fddPUGYa1F3MImTgJcfSbhQWmFP5LvN+A9+mz5jbf'
        '8dXJjN/gPbaHV26dN30qsT6eTsikZrxvnTv1jkZhhVhIyBRMJNC44KbG1b8SDuF9DdKwHssA6aQUy0Tg78D8E6RcQyaSAAmS'
        'NBIi6SSDZJIskk1yyHUkl/QivUkfkkfySV9SQMKkkERIP1JE+pNiMoAMJIPIYDKElBCFDCXDyHBSSspIORlBKshIMoqMJteT'
        'G8iNpJJUkTGkmowlNWQcGU8mkFoSxV7ryCQymUwh9aSBTCXTyHQyg9xEZpKbySwym8wht5BbyVxyG5lHGsl8soA0kWaykNxO'
        'FpE7yGJyJ7mL3E2WkHtIjLxITpBvyN8D9oAjkBLwBHoEegbSApmdnZQP/6+OrfOL/1//xTqf63yw867O5rYa/BuDf5X4N7qt'
        'gkno/6Mf8V3xXbJEXEacZDH7vuojDCAOlADS+R29u/KtTuj81/9NKrTsGzyQQS6Sb7tVvE4+IC+hzL3XHRqyIAc0mNvIGXKB'
        'vP2fsCI+P1zPLk+R98lb5IX/AMeRZ6CDfAQe1D4v4hUtKyEnYTLS8yyWLSRroR0WQ5BsAwur7Yu4TSD8DK7B0EnakLoNpI1s'
        'gFLSJjbxHqz4iHuLbOKXcUfJEaT5Rm4tZSWupHchH8pwte0nTzMETdjf2u4YeUKeIk+Q+66UirvVV8RlHfnE2vkDOUBeYRxY'
        'Slbjyk5+zsP3gPqV84AWknP6WrJSquDncAc4ruNRvHkYNcDDZCp8jNBr+aHXDOdZdZ46C0TyKFLwJYwh6xDLbvWQuh01yR7u'
        'OGqYf5CnBacGVwj/BbFwl4hZ/RD+2vlPcpDRPp0YOsydF+PINMuERcQpfExlqPMtdSny9Sj5B3L/OHiUEXUTo7XjasZWj6mq'
        'vPGG60ePGlkxorysdPiwoUrJkMGDBg4o7l/UL9I3P69P717ZWZkZ6aG0oD/FYbWYTUaDXqeVNKLAc0B6BWLQUBbjMwLW8qmh'
        'stDUit69AmUps0p79yoLlTfEAlMDMcyEzFBFBSsKTY0FGgKxTMymdituiCkIOfMaSCUOqXRBgiUwiAyiXYQCsaOlocBBmDim'
        'Fq/Xloaigdjf2PUN7FrIZDdGvAkGsQWjilIbKIuV3z5rdVkD0gh7DfrhoeE36Xv3Inv1Brw04FUsO9S4F7KHALvgsssG7OWI'
        '1ki7xZGWTZ0RqxpTW1bqCwajvXuNjJlCpayKDGcoY5rhMYmhDMympJM1gb29Wlc/eNBCpjXkyjNCM6ZOqo3xU7Htar5s9eoV'
        'MWtuLCdUGsu580wKjvymWK9QaVksl2IdXd3Vz+grXUJMzLCEAqsvEhxO6G/fXV0yNVGiybBcJPQyxg2PQXVtkH585cjr1avL'
        'Q4Hy1Q2rpx7sbJkWClhCq/fK8urGMmQ3qapFFAc7X1rji5U/GI1ZGmbBgGhi6OXVo2P2MXW1MS6jPDBrKpbgf0ko2N8XtHbB'
        'VP2naoJsQeYgh4NByoY1BxUyDW9iLWNq4/cBMs23jyh5udEY10BrWpM1znG0piVZ09W8IYRzO3ps7eqYkDFyRqgMOb5maqxl'
        'GkrXHDoxIUvM9IMvGFptswaK86IMNoBUjZwxOxATM5FJ2Kp7A5Qb2mS1hd2Yfohnf/NhB5lWW6A4hGgonrJQWUPi//ZZKYgg'
        'gIyuyI0LQk1tTCnFC2VqYsbK9ubnYYupDThhs0vZZMbyQo0xR2hY1+xSsspmj61lTRLNYo7hMdIwPdEqllfG1lWgbHVDaZwE'
        'iis0pvYQCXe27S0M+J6njky0lAK7hqOUZZatrp0xM+Zv8M3AdTczUOsLxpQoznA0VHtTlIodciinzceEI8pkpaZ29NjQ6DET'
        'a/snCIlXUHRCRtk1aEK1vjgaFMCYNkMbqOV8fBQBLVgQKMeL0LBB+B2TMrSYLMhwVkoFd9igQC34SBIayYjlBMpuKk3A0fur'
        'kIpUnIZXJLFp6C3iGV7hC0aD8U/vXhxWBxIdYwstZWpFsgrVFFZoUT6HV7AiyssUKvSB2tBNoWhoViCmVNXSsVH2MC4nmMF4'
        'npirmqvuujEL2USCWJ28ocyMlef6ujM3NoLdd91WXFM9MlkdWK0NjR67miIPJRASpHxkjFARVvpbfUwX0AUdQt0bsOCSZgt6'
        '9V5FoYt51gCKJDRyxurQ2NpBDBr1yRLfnbQvGxkNo2uG9e6Fqm3Y3hCsHLNXgZVjJ9YeQpMbWFlTu48DbnjDsOjedKyrPRQg'
        'RGGlHC2lhfQmQG8opmq80TJ43yGFkBZWK7ACdj/9IBBWpk2WAZl+kIuXWeIdZbKOFMJhjRCvUZLQApZp42UtrIx99hLKMkUv'
        'KlpFp8ickfPtBVq0D0teQiupA/K8DEbw7cVW1az4ILTs1Sm+OEQLQihxCleOu9L1uIm1z8sEm7Fv7GgY/aC4pMzCyUazUhaY'
        'QQXl7uis1Q1RutiIC6cG/yEGoSE4TaEhSIhGjulDNw2LGULDaHkJLS+Jl2touYQiCi7A5i0491UxoBJQVxvEJRnw/t632vI3'
        'OlNRVCqrLV/1RuKOojdSgH4jTyTiV4waTuQ5XqcVeQGLSo7mHbXaoLjYGraG++bbg9ag3Rq0HhVuurzxev6ouOzSUjFy2S18'
        'Q50DDn09AmfjuKBN6eQliRMEnRZA5HhB3Fwn3KuDZh3M0EGNDsp1UKCDNB24dCDo4IIOzujgQx28qYP9Otiugw06WK6DBUn4'
        'UgafrgOHDjgdzIo3+JMO3tbBAR08rYNHdHDv1Q366SDAGmh08IMOvvy5Dm7XwUwdjGfASA1YcIJ1cD5JTms36EYdNOigCudX'
        'B/lJWpD2/nFajjHoWBJaiS7vNtw4Hd0xv9kNZ5zcwm4441TGSWxOAiBtHKKQpkyun5z4zO/+WXDVZ8rkqz/z59f/F+ifwl/B'
        'TfJySUqJrTiPCoM1zIQBQnwQUBjgna8DkKl+AgF4lj9xaSmY1H+gLKzg7+VLE3LVW3HxnKQhGtCJnEanFbD+mToNhwIWzrWS'
        'MBOx+imTrVcQY+KzTvrArhbjt5W/FzpVgM64nIVwX1MtNhEf8ZOXldsFIB4hRZRS/S7BrdH27OEUHDqDyWwT7Hp3ikZ02HV6'
        'vT1FFLyy3NPvFYIBQdIaBNko746CqWeqYCTmHn7BYrXsjtqcLo9gNRv3GLn3jJ1GzmyttO6x8u9ZwWg1WkWHO4W379Xo9LxI'
        '8tzhEnfYVozGe/L8yfOtbjoWd7grt4G72Gpzs7XD/myJ+0TCkfJhZ4gP2YOYQpEwS2E+iCnsDGLOry078UP1pir1aNWTlRtf'
        'KX/v+5onqyFcs6lme8e8CoiU81PU/Y+p98ESmh6D6zfAMnUpTRvU/WzfxBNf5yxhvHieZJM80o+sVap9oYggePKMYj7R63Kd'
        'Ab/fKeqI2L8oYtQYm6NEb9Hn6xV9i369XqPj9XpeYypMzwvlpOQsjPYMgCEAgYCvME9jToEUxWCpSNGQvLzcyciHcDhv8mQ2'
        'n+wvnJKHc5qY325sCIfD7AvH79BIzlCkD2RlpILb2gdCfbhIYb+iSNiZyrlFLLe6CwQXaJwOrIdCWtBPGP/P7+eeOJ8JxD5/'
        'Np8iPPU/E786Ofe+PbcE1R/NE6oMPSHrkY59L/kHNsCo9LLmz2DTC+/o9uzUvvx63vzZeljBiRk3bWx8+oD2gQfEkWvvy5pQ'
        'b1C3cQ0vc8tMj/QakBlQBxSUZAfVh81so4ZO0HnNWfFhYiBmlLcsEuZ0SmcPkqYxmWVjtr2Px2M3mlG0I4WuvgeiFteLdZZc'
        'zCWTRuc/EOV1L9bxGZh7jCkbInBfBJojMCMCNREoi0C/CGRGwB2BCxE4HQFyLAK/jcD+CGyPwCMRWB6B2yPQEIHqCCgRyI9A'
        'WgQcERAicPMPEfg6An+OQGsE9kVgW7LBAoZ+fAQKGLSNQf8jAl9G4MMIvB2BA91Qz4xAVQSGRaCQEcIxyDMM7dtJOh6PwAMR'
        'mMZILk+QrCyiZGgiUPSnbhQj5GKGcyRDmJ6kFUn9OAKHIvBUBDZ067o4AgFGIZAInI9AGyPx5Qg8F4GtEWhkQ0f6SiPgi4A5'
        'AhJXf5WKukqd/XfF91/U3jXA9d3VXklJbi7VfDS7RoitcfkNpWWixIYLXBCCcEaBy5ksgsLMUBoKritccNW15uz+3bF9O1/a'
        '/+zloX/kn3j/8vHnd70Q271vp9h38KiqwcrokUq7Ga+GDB09qgRin3x95tO2L053LBCXWb78/JOzX316+rN2/9aVqzdvu28l'
        '98rmlSu2bFmxEtf5xM7vxBXiKpJO8skAcpMy2O7IMOSKEZRhg8PXmzeHra5AX+OggWEz31vQpvRP618ZDfR1WYU0s91v50y8'
        '3a7tmebSZldHUUGX0GGjcqNLGHUVXcVMbXXjAfoDuFYTw3c6TCC53P2K3BoJh1nkpGzIol/JwbuHcDyWxLkw8anYqDdf2PHG'
        'jeuem/7wrH7vly4ZP2loYdH143eNePb9syovXz/0hjH9Ztf1rX56zs57G4fOhmUrPqh+fNmmZ7atuuHuOVV7frXlaPk3L4+0'
        'HHENGbjsOL+5uGL8iAlzeg8pb3/zUOuYJ6ffkY/e4Fw0G0uYDUJNxXOcIFK7Q81ObtyQJYzNtJNesFATg21mqhO4HeK7xEjS'
        'FAsxaiQ9b5R43mzSEFz/JSUJFvTNpyyATM5qsRUFNTRzw7rNDz64GTxb1j20VZ3wJfwWUlBrvf7FGXWQ+r16Ti35BvFziL80'
        'id9IJA2vJxr9T/AnGNzPZrVwWUEXzSRu29r1FP2aNVvUCX+Fw2ADO7z15Wl1iPqd+ld1yBkajddwK3gfjtlEJih9ZMJrdKJe'
        'RHsnaPUmo5HT6zmzRdDyOk4PBoNep9GKRomIIIpGao3zJoevsljU9bPR+7gLaGVWq8gtuaUsKasoq8jNh+G7b0svvXTwkcde'
        'eu1S6TnbCWHerLcGH1/c3n7XB4PfmgU2pGk8+ZUQFfaiDs1QrDpCNDxvlIkgCruiOnFfNycg6VpYQ9ZgJIj9BZ3cO1+q82Hd'
        'l/AIV6zOgifa4Al1VhsL1JE16hvoBPcleuSllRf0OEjZoNVtrNMKO+q06LTkdnNeM9DYhIZABFFDLFx8aOCoZRAcdsfByhHP'
        'Xo84KL4qeJKr5daivLgUPUGXFchLUXglIS44dHsk6KzitPDkhQusf/zaiW154lb0PDolIoGNdQQ7TooXjsC6BoLQV30P4R2d'
        'J7gMnHue2A5wIhFoVDqvxAqMPjeEwQGh79Uvc8SLlwzUzxnT+Z3gFx9HvvlItuJwiDIapJ49dJamqE7iU5rQrMQXavdxgoUL'
        'BayFNlyVNmoyQ2kmoPYzXDAEBP/Fi2qPOR/uvvQX9evMmqpxEzKyxo2pmpDFva5uVNdzxztAeUJ9XH3sjY+m1J944/WPp0z/'
        'BOleRuPIKFN6kqs4BC3HGWRRUHiNRgsE0GVIoRwiYVQY3qMFiXnEseMMipEM3DM4l8FkdTdMBT0Mf59//YPPvrpc9T7iHYF4'
        'gzi+HmSw4vcS2SjZe9iNREjtKRGLLFssuia0pMTbFO+CDRS7yaMi2X2ZhCNDoAinthAVjZQxBOL6SJCCzhFFR365YdGhifUm'
        '9auUix+cuXDjnY892NSDe+iNxV8vuWPT6INTp1re/OOxV6ZvW3F744KhZ+Nyldf5jZCDdGWTx5QGSePr4UyTCUnLsPTQaHKu'
        'y7Cip9gUfckKT1phpRXKrTDICl4r6KwgW6283+yr93FG3ufz+3GO/BKPwwhIDVKjFJNaJTFfUqQWab10TBIlic4grrr5VwZH'
        '/WDUu0mzhFNLrtW74BBCaelZGVSTRgozcyESv2DD75fOho+eVSoIOWr7+dPqBTek+t69qXHlA9MmLb5z6uQJt2jVsy7gjn32'
        '742PPLUHVrz90ftveY7MuHnKjNPTJ02Y3lDrOPDHd2LLn+0h2PegHPpxnmax+beRAUoPq6ixcbgKRLA7iGAVmqNa0WoFk0YD'
        'OE3MaoSv+PVsTSeWNcpCBHBdOwEth0aCIL9TvdCxlBsLA15R+0uct1Q9BJvAr34B/g/4de3z3ue29LvH1n+OaqbzUoLrgcph'
        'D9KkDLfZU9wOB7FLmhQ7zo7LrhF6ptq9Xpwas9fvrffiDsLr5R0Od3PUgVq2KVoirZNOSfw5CRQJulif5D2y+WcdVqb+bFTv'
        'OQi1aRl0KcW5LQXtQXTUqf0TBqjf/PPDzlTwuBrHzV5y+5yFo9Tv+/KVHTH3zCd//3c43qb+6/AL7onVD9wz7/463vO+umni'
        'JbrGR+OYqKy5cVdzg5KTatMY5RRCZA2fke70NeOGxKnjdWZcAkYw8UYjLvzglYUfjlPMaA93d1GYlHChNGK1ECTPLTIjzJaG'
        '2M0bEXLaP/+3ehHM7c+/l6v+K3P5/GW9t9306qfq1/OmTm5cWF8/B45+gWZxMkyAxbBky9MZa778enTV+T/fsXTRtLt+tSK+'
        'XmpRPjw4L0ZyneLQixoNMaC7bCIG2dAUlTUilYor8kAZWoDkafScM1joBTuqesFT/8w9I9WTk3Z/1VHKvy489bj6tXpa/WBH'
        'DEbCOLj+LNvLDEVeFSKvPMirPpRbORq/0WtPJ8Tu0hk1mvw8ly6YGcxcGA0GeYul50LUHnyvhd3VJGUUy35+TbHdRx9I+jRs'
        'ETEHxulAbtkLrzCuUL30z7+r/9p034IHL7Z9dXHNwpUb1VcmTT5wcFJd8NOZc2+dN/dmWPv2yU/eWnHIJXhiTbt+98b+pt1u'
        'wfU8/DBj8ut/mKKSz5rn3r1gAcrACBxXVkIGxip9Um0o0yjSGhvKgDnYHJXNZr+Z0/Fms5N3+pqiTqZSyBUhvkaEuyQhOTZL'
        'XHIp4UUmYA4qagnbVZKQpX7f/tIHvUCbtfb2pVzmrhkvnQT4tuNf6omm+sm3zKmfuIg7oa5SH9y6M+PRLz8fPa7jo88vqb/a'
        'eN/GFYsWrr2L7cvfQmH4StCz+M8w5SwvSQKh8R+yqc4MeVAJ82AdiDIPiiutAgRxU52wLhlS8evArINOHZxLBlKwql4HlSzU'
        'QnQw6z0dHNbBHh2s10ELC5yUJNu06WCpDuaxBvks1oJYTjH4bQw+j3WAWPqfZ9CIZSvrYWm3/uNtWlmDeM8lDFc8IhTvfmuy'
        '73gUyMyCMT/ZZvx0c3FNxZSr9yYsvpKXG1/LV8JtNLqC6S0IqG0Q4M6DV/26wwIe9Ww8DvIG+j9nGb9NMFL5G28yyUTW8hbz'
        'f+C4bNxUJ2t31MnrLNBggSoL+C1gtkCnBc5Z4JgFWi2AVfUWqLRAvgWIBblugcMW2GOB9RZosUCjBUqSbdossNQC81gDhA4w'
        'LKcY/DYGn8c6QCz9zzNoxLKV9bC0W//xNq2sQbznEobLwlrGu9+a7BubKKz7/0tc78529xW2e+CKs/gOBMLFB5WyZV0zUI1O'
        '45j/GQEewnzbJejbHiUaUqj04DUo8BIKvCBwYokGNHw9h83AzAFH0NRMZg528WC0j6xD2hk4deAcL/Dth/mhnADDYMUZ9WX1'
        'ldM4v+MgJNQKOSyGNkkZIvGIV6tDb92gEcRd0VMCmAW/sE7gdbygODwVgplgFZBd0XxoBC4ACjTgxTZoBSxlXgaONT7i+HWS'
        'CvRrAdM4gb/cIfD8qFOnOj7+7LOrx1eg+DQcesWSViNyHF8vQIASAAKU0PMVeZML2Ai7j64oooMIWMfzSnurwC85DaVQdkZd'
        'rL4Wl98paDfmot7zklQySgmk+hxOSWsiROtzCgG/KUWr7ZHi67G5zud0OFJSrAfBuS+aIiSczbykwrP9VJVrzIDb0WDCK7zi'
        'Fwl0OQlzJyy6vnQ4r17U3DzjltqmOTetktXTPkhp+xuYO0ZCUOCm/nJcUd8Zg2ZuKx81v6x25u1T5SNfnrg8lIU2ke6F6ivS'
        'eHE3UUglWaFc30ObW1xh0Q4d6vGkhAgp8FiKxTFVfftGjP7RxtHHo4LRUXo8muJwOyyOVscxR5tDMBv9Rs7AGx1GR2Tw4Kzj'
        '0cGfRPKORyMnuxkqHBpV5pOtYcubdMRxC1pM3d9rIhHxQXPxyENRKKHh6Q7AHS4K83ENTznBpYfSBM7psAnhQIZbQy0eF7HY'
        '0oMFQtwY0K0CheWk8Uvb7p00XaMpeOvmzbuWffXQG2WarE0LM/L8VY+Me1JtO3xefeT9rRD4LWRC1pAd6uFnvlOf/H0HvAaO'
        'f8KMlzsWL5oy5bGxU2cMWzItwh0/oH74TN2YjNTZDxw58GtI/fXuJ1TNztKC69Z88+AeMD7yJ7X5hzfUj3+x8c766sMw+xvw'
        'wR/aX1APfF5/x5KvFi9YXrP1CJOXMCHiw+hnSMTMSUqnEYjMaXFx8IJGxL2fxFuskszVR41aUUa3gxeI7QErNFthhhXGWmG4'
        'FQqtkGEFlxU4K/zTCmes8KEV3rLCASv82gqPWmG5FRZaYaYVaqxQxuDTcYVaQbDCrItW+CrZ4HkrkG1WeIS1wB6mWaHKCsOs'
        'UMBaxHs4b4UvWYM3rbDPCtutsN4K9ybhq61QaoV+DN7C4C8wiv6chH/KChusgCO4nY0gDo8UZVrBYQWNMs8K/f+RbPJbK+y3'
        'wtOMnjh8DduaILDNCkAYdsQbs8I2hjfOlqokUgdD9CbDsoFhaWQApXHisL2221OH7iG1BfX/h08Rfhp/q//fnjuUFJSEi3GF'
        'h6mi7u7U4EIottIteRDd/CAE0Q6bgD4zEOYu6Ti7RP2Y42ASRzqqNfoeW+CxNbkwS32CPq8SdrjSJ6mF8NjK+NGcVShTc1i8'
        'xI37nPuVMbJdZ/f5BLMOvXCdwAcDssPn8NVHzQ6/g3OIDpc80uEQRNFeH0UJ61EfFWzbgrA+CC1BaAxCQxCqgqAEIZ/9B4Jw'
        'ZTxXe6FJz/3q5RzfaQg5qKkCAvVA4w4o7pyo/0mLC/qJc9S2TtJRwt0PHOjuX/nc8+oDixepMaheMr9aPaOuhmUP3QePtP5J'
        'XPb8njv+p6djDxyvr1J/PUHVva3eejPz2Ws6vxPXoe5NIdVKgUtnMXO4y+B5r0fGgVksskA4C8cRTuFauFbuGCfSABp69vVR'
        'jT3fC5PJle3qfPRAc6/akGcE7CJqlwDdfaBuoaF85mjaeB8YZgGMVQ+3qTvVtTATan6E/iVqe/D1+3733vEPQZ767juwDCZC'
        'HTS/8/qIOUt+PPfPTrr26TzNx3nS4R60UOlpFvVEJA67xoQE8aIZJ8PW4oB8BwQclOM/ExdxcAJlY4AA3TJbqf87/zn1nT90'
        'vA0qzIAH1BPfnXz/0mtt3JFP1Jd3isvUJ9W9p8+1j2AH1Vj/GuzfQJqVUaJOhxdoa/W8RATZKGpRPsSl4laRNyNXOzHjRZdz'
        'pFkEhyiixIgiARDqo8ATXX2U2BQj5BshYERSJ/9UKph5ZgzteihGQ2HBRFol1LR/wJ3vsPDjxWVn1C1n1LVnSIJG4QnGowrl'
        'OhBFjZbDja+BdmwGMKAXaOxbASBKEk6jxIu2fAMEDEBJuEYqu5whiPeJ3xDj3u/IUz8WzMJm9fozHZex74QcvcRiOKOUHK/J'
        'YRckk12UhNSeGhGnRmOwWt31UYfDKhiwU4M9PxUCqZAcdTjvyp6su/zgPiVCI4BdQoQC1SVDmU0fDVR3cDMb1SffUneoD0Ez'
        '7k/Pr1DP93pl6bGPTn0wvPCNTzouNd0LS2AKTIIm9eHqW25r//acejkxj4PZPM5VyiWeF7SEGASDbJS4hqgUcN57A37BDS9J'
        '8IQEA+gWS8cMSYMRqozIQGgxQqMRWo2wrdscTmZqLaGuaNSmW+gxPiTGxMSf4Or4pfoxZHEzMU3q2C4u63iP63tpaWIOIcZi'
        '1jOVMhZTRJmxtYlYCNtEWC9CiwhVIigioCN4XoTWZFWjCA0i+EVA4GPJcgT+OU84HmjuClGugiyqG2n//s7vePoM30r6KakC'
        'bzCZjDxvtxllNKtoalHdCcTeaId8OzD9nJdcZ0mJEa/ESFgQ16Hh5JPfZkGGbdr42jr1LFdyyfHah7lzZ99+G3f6bPvgT39I'
        'yq64n81LWPHRedEDuroGgw4EusCQB0lmXx0kT3AXJMZZagiEWlWzm7H3LqjteJpbw624v0NFHi/jlnbsbP+AdK0VZDwqkZBi'
        'pXzWSMhoni7OKgkS4pmYwziTcOEhzgvissvTz3Th0AQRhxvmKp1O4rYYTW6TJ0XQS3a3PcvOa/Up+mw9r9PbnWbepCW2NR64'
        'xQOjPTDQAz4PXPbAOQ+86YHnPLDVA1jb7IE6D1R6oNADBg/c3OmBMx444oGXPbDHAxs8cJcH5nmg1AO5HvAzoAseOOmB9xjM'
        'Tzs4wrCvYQ3rWHmeBwQPFH3L6vZ7YCPrFtukM3TY5sNkf8sZunoPcIoHSliH5z3Qxnrb5oGljFQsD3jgeeLptimj8lb/33df'
        '/+2hXdL40+VUzFzgbqFEupYK+xVxEh8ygMtJZ8buhyIIWkUf6EakqX9Sb5HVS7Cm3ZVfAjys4sf3HPCp+s857d/zNlj0l9Ht'
        'z4rL2r+7/tUv+YFda47pBCOpUvKIXm+UBEE0imYTaA1oXHDxm6HKDIoZWszQaIZWM2wzQ74ZAuZrF3/xtcs+QSFk4mqw8qc7'
        'fmlD0sZw82ygEQZvaWh/HeXppV/czYcpKWjnqD49jfpURstcofSyS0Z0dz1evaU+qhcEF64/+zYvtHih0QsNXlC8gNb4vBcC'
        '3i5H4z/YvoQiRfPHhdLoJoBawNO71Vc+UverK+AOqMS/xeoHH73x9kefHX77BPfOp+q+vbACamAs3K22qHvPAK92fv0X9SI7'
        'Nx23yRa2Zu1Ia45Zo5FkpNbpEJFaan60aJe1vMbW4oRGJzQ4Id8Jfid0PVy9ovuLi69sZHD/wvRkgSAmHR7L3We3qk+hV7e4'
        'A6zqCfWS+h4U37mcf2PlnxeqSMI3n3yuFi1m/FPnMv65SBqJKv16Wt24n+RNVjGU7vCiIRIMGjRDqNYC9VGeN9lb0qExHRrS'
        'QUmH/HQ4nw6BdOiSQGqfqJdzrZIDC5GojiuS2HPO9J9lrfrtv9LumjdwEHdP86//PFQ9rb51NZM/baVMVr9WVxVMr9X/oceB'
        'D3xosoqv5fYFEBK83sxk1EkmK2GQZZvOhmrSpCNGI/qpbpds4zhbfRSdNlG0MueU2BrdsM0N+W4IuKmkMoe6exT0Wt8zLrIJ'
        '7lPvUweJKRDGqIfUp3EGWtvBtmMdLFEfVtvVB+Deu1s4d8c34rKPj2w4kdYR498/ojY0xvXjQJRlDc7Fdehj5smkZ480l6TR'
        'uHoQoVeunMZ7PDgHPXt6BF6PLqcUkPIlnj4c4SSJt195LBL+jwHbYCCdmZpAhB4N6SNECtPRaWbeZoAdGUnlRY16FOXl7+q7'
        'vaBnzx2PQWTEshe33D2jPAv8gGsQpEz1S9eKe9QLxY3PHdkzsx88/t7J1jfyGm96ZdCNhRkZvQePbx59+Mj2V7PqJu0oKu+b'
        'kTty6go6NhQr4Sjdi0Kp8hfgBFRHOi19pkk5D7Z4eDB+oKvrdFvXWbI1LIQYPxg2MAkz6zIDOpKMWS7vdiwsjuIkq93P2jfr'
        'oC7ZGI0ktv2WBU7f1MFG1srHyosusDYvs1JsdhcLk45mLXMZXkT6HKuqY+UGFlDlTrGA5zpGZzyiSrqFOusn/0R//7d43NU7'
        'vCurv+tBS/LZUNDJi+rHarFwQNh8ebqw+Uzcr70L5WgU80lGKr2MJlEwCeiRCHFf2t5ghyo7KHZosQM6Jq122Mbck4C9u3Jm'
        'ktRNJYoBNFjonbjijgquX+4D9TP1CGRt/eWWZyFLfcEBPUDLz29/+je7XniGr2rfol5QP2b0mHAtVrDnYf0Vv04PREP3Rnpe'
        'NrTKsFWGBhnyZNBxvAZsKMclYUZI8iwY6z4HAE2DuwQzfph6vONfUAhpvjxnmD4sRvO0qHbf+P38qvg64giR1jA/Q1G+crmB'
        '2C1mQSvJep1OFuxu0ZMSt9KFzOh3+QP7md0XPOmeUs8MjzCny7KvT1r2qqQngQ7Bt8wTWeN5zsM5PIWeGk+zR+juC3T5Ht0b'
        'Fe/3fOi54OGTPkSdh8tPOhLoKXBdrkKlZ55nnYe3sOJTHogxj6fRA2ZPpafew2tdZkHH2+UMGWR0lKjtR6tfEg6HYUo3samf'
        '/x+8hZ/IGi3sxvErfOczs2ikAIJ29xCwB+0uewlmGr/61OFQSkrq22hmHoPcd/v0iOyCUfucBZ7Is5DL563ffN+qdnTM2xd8'
        'uqaD+7LDVqN+1Pw1b6HzY0N5KGV2MEdxEgPHa3UakRd1BkGvMcrUd73WZ0Utq4Ouf8GkbsG/38Ff1KHQHy1AMfRTa+A41xf3'
        'BV9xm1QT/KNjRoeP9hXCviLYlxb6Kx9rADhOkLSioBX0Otyd8zxoBQlshXpI1wP60Bf08KYetuthuR6a9VCqB6xysKpbz+jh'
        'Qz3sZ9Vr9NCoB65BD/koz3o4r4c2PcT0sFUPLaxOSZaf0kOrHtazcgS2sPIBnazBMT1s08NSPVTpIaAHczdE6xgW7KCSNfOz'
        'qtZuHdSzPuLd/2dX8Sd6piuMdLWD2fUgOq9r0VPzxsIriY1CkC9RP1H1EIFqGA8RbljHa9wwvqRjJ1cTX3eDUcfvYPvp25Ry'
        'LcdLOkngBL1BSqh5Tgu48QfbOgNwxADnDdBmgGMGaDVAzADbDLDeAC0GaDRAgwGqDKAY4Jrza8mDE1c9dKZSGgGqDSEo7Lj8'
        'GHepo5r/oUPDh97nf3/2aHuY0takTuAeFt9FdytTcYiEx7nXoiRdjAIKyMUoPUvU3WlhjzVY9KCJS1W/A4c6QVr42iXtYYrL'
        '2XmCyxSPsnMpvAhXn0sRIQwQVr/8HkI54g+X9Ajvwb6Lkn1zkgDU9onYt4jYfrbvCNPuVg+41L9i/xMOiz++9iM9PkN6owAv'
        'RR5rSIZiEQUADa/htRLuyECgJ5LCeQVXHhsjKh0XQhXJ/1J9SX3lNDqnw2AVx7FgyNL2ZQQ6v+vUCPd31uBYPIocP2TzcpQA'
        'AMlbkJsYkoSsdQhPXrrxxvg8DxO2ciXi57gX7Kv4icBTa478fLDOTMBM8kgJqSdLyVZyDkfMHqN0syM6iATtTnhc3QncZWEr'
        'OHLVNj9q7EGd3wktwo0kk4TJXKUkPStLkpwmcy+eNzv5SKEmuzqK6zVqmm3ieqM+Mpv8Jk4nmGw2w5iozeLJI3mV0fQgcR2O'
        'QGUEmOdWcEVW6lks1nZN4KRrAx4p7FfS9eAjfh6GWboip4mn/mpIY5dMXPKxAKzaHDt57JtRNTeO1Kknfd8eOfp5Tn4g1ZOd'
        '3Tt1zk16ze3R9dOqc0cMHDZ3iOO5jTtinFA05+YR1aYtv/7DS+rtdWWaJzR6jTDrpuOcDrcZFYNuGF2xdAT1xVcgD9ahnLhI'
        'kAxSAj01ZrPRjR5sKM3hrYxaHRYTMTj5QGVUw7saQ0D9bXbasiTcfUuQONNEyUaHNMistRSOH2/qen4trDvxu6YdvTmdqJ7T'
        'gkcQ6i+3HlVP3jp/waKFC05xQbTdJ2ZMCd1pnfxL4bg6LXYMbf0PB/cd3r+zNS4DVUhrEc5XChmmpDucehoM1Tl5r0djrIzq'
        '9RoLcTQ4OCPvcBBirYzimK4EQH8S/xSvnLugUSurhT54F00cV/0DuvOmHw9fCqhfyQ21H39WdasRvOZlf3JABjqjMuS2PmMa'
        'O119TF190wzjvN31yT2hMCnBxyFKwM3bbPaeOrsuLWQjMnLSLFs0/soor3ERZ5yPcUaGu8UwEpwM9oFICPcs9MAipS+chdx0'
        'uBOcpHTy1wsGoa7z1T9+/E7Tb3B1gkernl64YP5tn82707w4+03IAh0YIaOhfh+suRyYsZIL7Xn1xVfU9W8wWikfeyMfbcRD'
        '5inD3XqL1WUw8LxVz/u8LkN11BW0WCvMLjCJLhfRaOy4DizENCa6lD3ytViIa6sP5vmg3geVPsjzxVUmjTRNnnzNSZ3ca2xq'
        'ku02qzPIxF3kAFcAjpkbdQG33foL3/zQMWrhrY/hEJrUbdNv4WG79jYH6hMnsj6gHlH/rN3yq2Vu9RN+7+q777svYW+53ch7'
        'JxmupBvtOEkc5xScgtulN4+J6mmATqiM2kUzOA+7ocXNlmr8RGNiD14QV13xQy/I7VAkzM6XuJ2U5z0h7ISP1b9s2bJpa+X0'
        'nJyKgcf5u9uX83e/Nv/Rhywv6Iorxr0W39feKEwUKlECcslUZUBKml7vF/gsm4338717+czOjMqo22kx51RGZbOTSGOi44WZ'
        'wu0CnyYUCJyIFHMC8TX2ptJRMDnOyquE5Aoj6YLrCuINhqIr8uIOF/YrCmpQmQg8lRgm2FzN23/vAR7z9KqFt3Lc5M5Xj/35'
        '3e/qRJ0Ieo16ybzoti9ONS5Sb/zFg8Gho9Y/VHzLO9SvRhkKvBG6w37rQ+1fnP2O//w3L6tPqFtfjq/FdcjVGYznVUqezWy2'
        'aCWL5HZZiUVyOnneUBXlLbitXe+G826IsS0uXuNe9xxlf9wp6DqSWHJ1dCGhDdHhpwLPgoYOCbYX71y086D6l9dnLlHPosTz'
        '0+5u/PDdjmpuCvTcs6rjVfFd9Za5s+g8IG2wg53hlMh4pR8vSeyhvGgWnEDGovWN7/xibBcXP13i73aoJcbOj1xxYJJbk5Ju'
        'x1/Z03ikax096YG6rOO99y7zwoDLb2P/nW3qBHiG9W8h7ygrJd5oJLJstcm4I6iKCr44Ea02iNlgjw1abFBlA8UGFhscs8F6'
        'GzSwknM2iMOsZzCN3cCIDfp32uCUDd6zwTbW4LANttpgqQ1KbGC2QRvDtY3d+lmJ1N1Jv9ZB7+a+JRyDhFpKrgo24LSsiDu+'
        'FXNo1uPIv5hRHq6IgOdhOv5/T9S9LZRMF26/XL7ul10yshD5YCBFio+AXqvT6Q0GiRcEowyS1oyWnzjzjDSSW1BSEo/LYX8F'
        'trgsFFwdM8Y92KnFlNlwL/RRl8OT8NcadY74bvtuaFUndtzaJZeJuS9XeqOHIlJPyRkPxsdj8EuTMfhz/ykG/5PYO86y+O6l'
        'Qop/BSGaLbjGM8mjyhR3JiF+rT/VImlTtdlZabyDr4pa3F7eYZHNfi1xnsmGD7NheTbUZMPAbDiZDS9nw8bkbV42cP5sINnQ'
        'lg3HsiGWDVuzoSUbGljdta+EJWanAHnlvubsZtLzurJkCjOzgqngDNO15A5ftaIkKy9vH3eLelbkQeb1QuHGW3+MaIp+uWjL'
        '0+o326tni1w99Ny9uuMVvmLCvF72//Hf3fjdPbed+H3HGFqx9cGOPXE+CDOQDymkUskjKRZJ0mpTvB6Lg7KADh9Hv80L61ng'
        'M+aF+HWjF855u63/gu6HDruewvzcGJB6/nq29BNUM21ACcK1341S1AhjkjbuUbRxBtRQ+YrXqpHRfXW7dObKqM7CO9ASu1AZ'
        'NbjhZ2OxFhJM64oXZoYC1DMLCI+qn6pqBz3nBTwqR7RB99zRSZbcDjz6y/9Wj0MvND0i5Kqn1L+/vlt9+IVX42doVqgThHXC'
        'GOKO+1gpxNZTpzMQQyjNiZ6BzWkxmfW+/8XH6jo3Tn0sNpWFceYwJ8tyxcf6+O0Fz/TWaNSzWrCKEvpYrx5TT6J2Rx3Ppal/'
        'Vz+ePjn1CXWq8NcnG2xzCt9BH+sC3PpmbM/hOK01SCu1YQ6SSmkVnUaj7CUyCfhtPdCLsbmMPnS7Uipxa2VpDPwXf9DOjFHC'
        'FgWtaKGCaRx0WaSak+98V2cQwKRRvxG5yWr7q3/kvm2e/8Wp2xZzPdDSZ73RZ7751rWXXfDbjb9Df8a867D6EHNgmOxxKtLo'
        'Qk8rQ4suCjGnuI22qqjWaBHNxLk1BZamwLEU2JMC9SmQl5IIMpGryaRru0vEuKSxd1rXJSQsR6kd1i9YWjh7IT8ouqiP7cXU'
        'BZN7m781P/ubjr8xXVNBz/4jHdlkgVImaYIOn9dIiNehEXKuCxrdvDt1TPS3Pmjw4d7B5/dxesHnc1t4/ZioQ0pnIVRX1XUQ'
        'uw7yrwPlOsi7jgW1F7CwatfJ4frE+fKfPQybmVWUPOqcxd7Lo/6ilHgK63Kn8oJf7Tx96m9Z/3Le3HL7rRNmff/0hHMnX/+2'
        '57/lKTNnzLihbulbi0bAoM3Pr30s4wZlkFI42Jk3ZtmUjbsef8g7bGh4UF6RzVt0/SK6n+z8Hvey/XE1DVR62mVZb9QaBcHl'
        'NooaEZ1vjVarMXc53Yx269WvjHTte6hzVRR2hp2hxH5HA9vvfmDVL2pjR48OKgkOnmVbsYq75zVVfa3jj5WjTbvTGK+XUv9a'
        'GIDoUd+YUNsQl9aV4sbNGOobm0t2SsS8LQXWp8D5FIilQPy6MQXOpfwv+gaYPDKj5g5mRhJHs6zwROvMJdSxviCL/XehrhEG'
        'dPxKPb1nFVfafnD1rPUj7mr84F1uD6VNi7pwDtKmh7FKJ/15FI0OdyMcb5A3yNAiwzR5gczVyDBMhkIZMmWwySDIcEGGr2X4'
        'kwzQKsN2eb/MtcjrZW6G3CxzilwlcwhsYZA3I+gxuU3m9stvytw2GZYjZq5BhlK5RuYCMjhk+FA+I3NHZFgvb5O55TTA2Shz'
        'ifp8mUOI8wmgmAy0jw3ydllQZEiXC2WOyFDENcotckxulc/LYr0MRLbIiswfk2EPxQrzZKiiQdMSmVsqr5MPy+fkTlnEIrPs'
        'x0Je0nFmDcSc8WjqlK7wDw3+TPlpQOiaeFB990DST8KwdhcLBHIn1Zi6BHJeNffXD3kHMnFKfl3wu5w/cvQ3eaDzEtrmwfTX'
        'lOAlpROI1WQUJI1eL1h5rd3hcOm0Wuc6Fyx2wS0umOyCShcMdEFvF/hcYHTBv13wrQs+c8F7LnjGdcjFbXTBWhcsTYKPdsFg'
        'Cpvr4hB6VqcLPnZ94+KOuOBVFzzngs0uWOWCu1wwl8LWuTiEznWBxwUGF6Ae+5sLTrrgqAsOMfAnXbCGwi5xcXUuGElhB7q4'
        'ni4A3Hi97Drp+tbF76F9r3Fxla56F1dIEflcXH+k8pQLsN/9LthICVzn4mYw+krYWLCvMy6lhEIcdsEG13YXh1TNoz2MdnFY'
        'e84FXKvrmItb59rj4hpd4FL0xgriAq3dKGjNVr1ewnWOjkZXdDf36rcufxrJrf8/f8f9yiwndJnN3aUhktFfiQV/S1js111k'
        'D4pB9cROOVS4Wz2h/gW0+0yeZ6H30yZfj00gcBt6723ruE0Y0P7WqIXc3R3LC9cs515MPANAH2UA+gCKkk4MWp1eAEkjcjwv'
        'SjqDaJSpsThvhDYjbDVCpTHx+K37Tit5PD9oYNFIH3NEw+0qGvsH1RWQd/Zr6Iv5Olip3sHlcQZ1C0zr+LHjj0xnWdCWzsL+'
        'nVQeDXq7zmS12UxoWVxuq95sN+mIWBUlvsfd8IAbmtww3Y1bEzcMc0OBG9LdgHt+jRv+4YY2Nxxzw2/dsN8N292ADe51QzNz'
        'X6oZfKEbMt1gc4PgRmXhhi/d8Cc3vMkaPOWGDW5Y7obb3TDTDTVuKGUdpCU7+MENH7rhbbZNQ+BHugErPweJdOxzQ2JHt5xR'
        'EUcaf4bpYFQUIRVHWP/N7F4ZiAVnWNnLbniO0YQ1A9lAiRu482yY8f05emZVDJ2F1XU7s1B/jZBNueqt4P/lNeL/dIqxvuuJ'
        'fF44XHIlyBs3D7jpYTG4IqaGqEyCCcB30/WRXoMqS7LUGsh5NnuwZ+g2yFRrxh9SJxh/p82snS3kqeLcL+q/hc7La49tY/JQ'
        'TQh/AOVBR0qVLE4jAfAarWDQa3gBjZhgBolIKBBOJRmhXmqAuEPwsxHocDIA7ayGDrUXr1c1XO473I4jv++YdJT2F1QncP/A'
        'vVCIDFdCrtRUA29N4yUhPcOrlbTSxahWaw6abRejZkKCV4WEr332nGAEWkX0MyJDAPN+A8HJvKX4Czg0doklXO8HfnXbosW3'
        'bl791oC6MU2T6hvH1A1QJ2x+CCoWzOfeEOfPh4pHnnxt1mz1g/rVdsG1arL6wZybDyOtm9RieIrt2yJKkJ6oIiS+acsXIfCT'
        'Y1Vdk0dj4GjM4y9ibAKNWiw9+uNcxJeLY1eTY5ddLiHVmxqy4ti1Xp/XdzHq9dqw7mI05LNZL0Zt5L+P3c08hMSLR9bE63ws'
        'YOt2mujgNbmQWzy5cv6UuubKycVvrd582+LFt21b8dZfb54DvSetdgn2VQ3Qe/as1558RD3YuEB8g2uepx5cu4XJxRhOEOr5'
        'CtS5mYpDa3e7bAaDuCtKDHvqiGVXFN2LvAJ6Wi3huMRDPyxwHKExKnbIAcnga0Y/PHrF+BGLhs7fMnvV8hm9H1igLOSE67x5'
        'ub2P1+T1SZl0slc69fEn8j7upPgwO7+SqzjtGiPujTxe3rU7yvN6vWV3VN91gv/qIyrx4+tsPyZ1ezGJO/nyA8tfGfdo7YqX'
        'tkwuH1E/rXR4gzD+3kMH7h//yNhD95Y3TC0rmz6NjXWCsJUbx+L4WYqXaCSRe7DOLIJZzBNLxHp2PvOcKIldIXwaebCjkE9o'
        'B07dKWz1QyBX/S6+11/L2WEXX0p/QUMxsr0+gY0ozexNh673e6lkrIUAwtI3fOPvS+wQxgvPol0YoWQL6LtyhOi1vFGWLJB8'
        'IWM9tOJyxFv6ZsZ53NUd7Gzdb7RUwD7iKcmdPD989UvgOijCDaEOJB2Mhxnqti2IpGGLuo19qZugHGZCwyb1KXq/RX1qG0xT'
        'f0lIZ2c8Fit+bssk5YRYJTIVRiONDkXmvNZMzjvN25PXZeRaIyQ3wuDZvlt8E+ErGfxM0CO8SzGCx2PNhDQ5LU92xxtggs5/'
        'IL9V8U2c6S1Kncur8+CGTlwfJcZ1dcS2PqqlR2RJLhlI6shdZCP5lkg6InjTvYVeXvA6MCv1zvA2ezd4t3vf9H7oveA1OLC2'
        '1FuDhcuxcD8WnvHqvcgeJdBPqbDQY05V3hZvzNvmFYk339vgXe9t9Z73aobS34aYvwCZt4Dk4VVSpiGhXvpwVKRDdCuWytFo'
        'fNgEnL9XtGZ0ak6uaZW276Tre0+sGdkzu7dphTRf2JqZl9nnhvnzh2Ped9TmlXGZGAKtQiG3JvF+OEcVyaGfvB8+hP8BWo8c'
        'ofAEWrXkv8FbEV5L4uD0fXK+BHazcwUhxSbq9fRoqqzVb6kTtDvq6NOw3NyrwoSFbBjOsHVNYf8Xh5Qt5UveWHzohht/U6Fe'
        'vgqfjmQodnRXCZEk+vRyR51W2lKn7Yawaw1KoX7sDfndfQcduG8p+IXXFu+r2fE4PfDFkV/wJXz8PWAnKVPSGYUWp9NuIAaL'
        'gTOIBoIqS08JtmspyWYh+Qs/V//KT/iKAbwyhuCVS254v+IDOJ6OcNe47j4QH1e3AV6hR0fsZKSSKWg1Op3WZLPY7TZis9iQ'
        'Iq2NvQiOI7ZKdMw27c9TdM2veiS4IHZd8bPCAw7ej/xQqwsGxhnz+uJDVZQxrUuer2YMAjIUlnBr+N/T83AHiMYo63Q8yUs8'
        'gL7610K4NbsXL9r53B137uK2L9696847n3sOpeQLnKAU9nsCEuLoo7h4dCzpO5RaXjbqQBTEjXVaIpDE69VXq4nuB4zFHyHQ'
        'Xgup7WNRyaBmSib2O7ic58kvDnQurTcPukj88d9t/d3IWZk0/+yunNz2jPYO/TxtKdt7colfzsVvaYh6Ixmuf7Y949Kd+nk/'
        '+UXdeShdR7liRP8seZ0/QlYITSSEySf1JGHxHTIRzpK5WDcTE8f3JBphJxmP8GvwvorlxcSB8GMwLcM0AlMeJj+mEkyjMdVi'
        'GkrrsM1bmN6gODCNY/lpMkU6ShZiX7S/VZhqWD6erMK6VZri+D32s4ripdes/FkGG68ffwUOrwdivRuv78Jrk7SWcJjbMIWw'
        'fDD234S4nJh7sP/eQlPnd3g9DHEPwno6/irMa2iO5SF2fZqswzaYOtuwnF0jf1Yw+NMMnuY1fE/WvoLhPk2W4rVWU9x5CXMT'
        'JguuxmqECXKDySbMc7H/MXyYTET4CZjWMn7E+1/BPYt6uokMoTOd4PMabP8LmrijZCiWf5GYw+vjiavFtB/9yTY0ewGc+d8R'
        'ov2UEJ0FUyOmY2jSZmB6heonTIMw3YppEyEyOgHy3YQYHYSY8Nq0kxBzCyGWUkx4bV1OiA37sGNbp4IJ27iwDxe2cRcSkrKT'
        '/gwKph8J6bGDkJ7ZmN4lJBVhU88T4l9PSID9nCAmhAli3yEcSgjL0/E6HWnLwHaZkwjJ6k9I9nZCchBvDua5SENujJDePTAd'
        'JKQPtuuDdX2Qvj7YLg/v83Ds+di2L7KlL7YpqCIkjPSFEWfhBkIi+ZgQRz9sX9QL04OE9MfyYsRT3ErIAOTDQKRv4BOEDMKx'
        'Dkacg9FDL8FxDEV6hmK74cjPUrwuPUNIGbYrQz6XYz/lOM4RKZjwegTyuwJ5W4FjGon9jESaRmJfI7F8FN6PQv6NRj6OfpD+'
        'zjtbjfOgmtSQSehuccRC8vCK8DfwNagvYOg4+o4mFJNxMCSRDwOFOIgfhmLux3wgCcMALO+POdaT7fh9ARMHBWQw6qRxmADy'
        'MM/He5r3ghzSiS1zsPw6vM/G8izMsxL3mXifgXlG4j4EaQw+LXGfi/WYkyrqC5E89r0HBKUKjnXA4Q6wdMC8y6BchpaL6y9u'
        'u8j//XzEn3d+63mu/hzknas/N+/c1nOnzolfnwn4vzoz2P9lW5b/i7bB/lODPxv3+WB+HPks/zPuM+DH5Q01QCrdMeN3AJOC'
        'ie9shVQl29Oj/FO+009OwifCIP+Hf+rh/+BPmf6G99e/3/o+T7MYXrS9L6ID8vz7np7l1E97X28sNx8El2KGw69l+pWXc4aW'
        'Ky+nZZUfhKCSeWCwnxyEeQfh4It6P3kRyIuBF5UXG15sfFGk2foXj714/kXxIAQUYwWCvtDwArfthWMvcNTFMb1gMJWb99Xv'
        '4/byg/yUbA8pwVSJiSfr8BuQeI+SnZlT7t+Tt6dkz9Y9gnkPKHtMrnKyq3FXyy6+bdf5Xdxzz0b8z1Zl+g+BD7z7BlGKvAfA'
        '/AyYd8Ar4AY7GYTz4FTuqRrk37Ixy78Z0yZMLRvhifJs/9Zf7PkF93h5xG/e4N/APbo+0//Iw5l+8zr/unnrlq5bt0586MFM'
        'f+VaMD8IyoMGc7l5lX8V98D9Zn/9/dDv3vJ7udux74WYmjE1YcppBF8j8I1woRH+3Ph1IzerEaKN6PWeV5Y0Ijvn3Vbhv628'
        'wO+FlHGecMo4KcyP0+C8TMW2DfUF/nrMp0ys8E8qz/LXTbzDP7G8r99eYBsn4uwKBfy4eTyY0RWo5OfxS3mxfiwoY7N7lStj'
        'U9Pwy55Sfkv1XdVrqvkxlT38VZg8lTmVXLRydiV3EGxK7/IM/8hyj7+iPOgfgYP+sRyZAD0qfONcBc5xVjCPsxSYx3GAEks6'
        '/QfBus+nw8yi9Mbcby4x15uXmgWzOc9caZ5nXmc+Ze40SyVYds7Mo5msJNDioi4+rN9bMzY3d/RBqbN6dEyqqovByljGWPqt'
        'jJkY06yMkXET62r3AjwUvX/tWjKs5+hYwdjaWEPP6OjYDLxQ6EULXlh67nWRYdGm5qbmhbmJDzQ104zQrAkvmppoFdCiLhBW'
        '3NTU3NxM4k2acptILv3GCsBv0sQAEYYCU1yJf6DfhHbHugEG2dRMgVjjhfSb3dFSioh9sIemru4Z5niW8v8BypNpFw=='
    ),
    'I': (
        'eNrdvHl8VEX2OFrLvX27+/aW3judpLvTWemEDumQEEByWRIb2cKeJoYkCAguEEiQTSQRQQggOy6gLCoKgjR7cAMFtxkRVGR0'
        'cAZUdHQGvzgO+FMhN79TtzshODPv897nvX/er6HurVtV99Spc06dc+pU3SCMENKiRkSR9677a+ueado6HEp2I0QfueuBBu+M'
        'o3d5EOLyECJLJ9fdff9DtYcTEFK1ICQcvPu+uZP7pTy6HiHDfQiVzZkyqXaidp35MYRGXQIYhVOgQJ/DpSI0Ogme06bc3zDn'
        'oz1JI+FZQggfv2/6XbXIEIW6sVCNT95fO6eOO8CvQ6jiJBR462ZOqqs5dYHAM8DjFrFGgCfDWIc4OgfufwbMVWgc8iIfSkV+'
        'lIbSUQbKRFkoG3VBAZSDclFXFER5qBvKRyFUgLqjQlSEeqBi1BP1Qr3RbagPKkES6ov6of5oACpFZeh2FEYD0R1oEBqMhqCh'
        'aBgqR8PRCDQSjUKj0RhAtwJFoNdKdCeqQuNRNapBtWgCugtNRJPQZHQ3moKmonvQveg+dD+ahqajOjQDzUT1qAHNQg+g2WgO'
        'movmofnoQbQAPYSi6Aj6E/oe/dNr8Vq9Tq/Lm+RN9qZ6M9raGB3+Tx1b25f/v/4XbXupbUXb/LaGi6Pg33D4Nwz+DboYViT0'
        '/9Af/wH/V7SAb0I2NFe53vLjeiIrSABqu8yebl7lsf/fYqGO3Q6i19FetBWdQ/vQ0+hFtBE9ipaCzG1l+qsdX+xFx9AJ9BI8'
        'vIY2oZVo138cVxM2o6MAbSbaj3ai9ehJ0Cz/rd09aA16GXqvhDnUgCbiz3ETlLVArxtQM56EfsZqnIpD6AeQ+xPoecDpPDqN'
        '3od8MczbrZ3h4S/x+2gt4H4vXI/AdRMrJT+hZrIWTSPnaBP0sQzeGQ/Ff1JeeQ5XwtPD0DP7jYdZOf13SC6FUT4Pc7BjBPI3'
        'fFPbv5D+xgG0SKndCHN4Bv8BMt5IafsJFXDfIr18Fh2jHhg7QoeUl5ra3xbC9B5ymJBW0Mww8rsh1eLPAcuVtC+MYCQuxY+j'
        'r9Fc7iP6kZApXwGtshT0yES0B/hzkN6JDGgO9PIE6JL/Rz9VEzcFWbk/Mhlq+0ReCLj/Bbj3ClDjtHR75bhIxehRI0cMLx82'
        'dMjgQXcMDN9eVjqgf7++Ukmf23r36lnco6iwe7e8YNfcnKzMjPQ0f6rP47QmmIwGvajVqAUVz1GCUY43imtKozTdm1BW6y/1'
        '14Zzc7ylzikDcnNK/WU1UW+tNwo3LsMfDitF/tqot8YbzYBbbafimqgELSf/rqUUayl1tMQmb2/Um3Xh90ZPDfB7W/C44RWQ'
        'XznAH/FGf1DyQ5Q8l6E86OHB54M3FKwYtt7SaNkDU5pLawBHvE/U9vf3n6TNzUH7tCJkRchFs/x1+3BWH6xkSFZpz30EqfWs'
        'Wxhpae3EaPnwitIBbp8vkpszMGrwD1CqUH8FZFTVPyooIL1TGepouXdfzvHmFS0mNKEmoJvon1h7Z0WU1sK7zbS0ufnRaEIg'
        'mu0fEM2ed8kJI58UzfEPKI0GGNRBIzr6GXSzSxzl001+b/M1BMPx/3D51pLaeIkq3XQNsWyU9I/iERU+9nOXAa2bm8v83rLm'
        'mubalrbGCX6vyd+8T6drrisFcqPyCgDR0vbKcne0bEUkaqqZgntG4kMvGzEoahleWREl6WXeKbVQAv9L/L4ebl9CR5vy/1aN'
        'gCxAHKCwz8fIsLxFQhPgIdo4vCL27EUT3PuRFAxEoqSG1Rxvr7GNZjWN7TUdr9f4gbeDRlY0R7n0gRP9pUDx5bXRxgkgXfcw'
        'xvhNUcPPbp+/2ZzgLQ5GlLZewGrgxKneKJ8BRIK3Or8AcsNeaTYpD4afY7cf3NBBRoLZW+wHMAxOqb+0Jv7/gSlOAOAFQocD'
        'MUEYVRGVBkBGqo1zrHRfXhDeqK0Bhk0doDAzGvTXRa3+fh3cZWiVTh1ZobwSfy1q7R9FNXfF34oGS5V55S1trhkQQ4HB8g+v'
        'OIpCbRf3FXjdB5gjExnAGtv7g5RllDZXTJwc9dS4J8K8m+ytcPuiUgQ4HPFXTIowsQMKZV90K8IRUWRlVMWgkf5Bw8dV9Igj'
        'Eqtg4Lj00t+B8Ve4Y2BAAKPqdLW3grhpBBqaoMBbBhl/v95wjQrpakgmILhSygS3X29vBXaj9taARjTbWzppQLwde74FKM/E'
        'qX+4HZqKPQKc/mG3L+KL/XJzCFR74x3DG2pG1HB7FagpqFCDfPYPK0WMlk4m9N4K/yR/xD/FG5XKK9jYGHkUKseJodA8zqtR'
        'tzx1IhaQCfmguv2BETNaFnB3Jm70duW54zH8u+qB7dXeZrV/0MhmBtwfB4gA84FRxERY6pHgVnQBm9B+0L1eE0xpZUI375Mk'
        'Npmn9GRA/AMnNvtHVvRWWoM+WeCex/oyo0F40Kh+uTmg2vrt8+Olw/dJeOnIcRVHTeAzLx1VsZ9g0r+mX2RfGtRVHPUiJCml'
        'hJWyQvbgZQ8M0gh4UCvt3UdhddKo1HJKgfJ8VwtGSpm6vQyju1pIrMwU6yhD6UhCBGq4WI3U3pqDMnWsrFEpU377ECOZpOUl'
        'taSRdERP3PswK9oPJa+AH6nB6IAO67F7H7w1QiluwY37NJI71qIRWkgxDJeOvtn16HEVB3QIXlOu0FE/9gNxcU4BZoNZKfVO'
        'ZILyYGRKc02ETTZkB9bAfxzF/j7AJn8fQESli2r9k/pFRX8/Vl7Cykti5SpWLoCIYjuG1xuB9+VRzCSgssIHU9Kb+L672fQD'
        '41QElEqz6ZtcQG4IeA3p4DdSJKAukhVznFqDMDZRzEsc/3QlRygqCQZQotP0YfX4qgQzLk4IdcvDfksIF4UEPHD97pNyVtZb'
        'WXglvfrbwvffB5iv0neoPw7TJxk4HiMeqTU8alQxaKHEU/kMDgDqAAWJHH1MapHTV5a00Hfwq3IpfhVQg9UV4h7l5yI38qBz'
        '0sMuO/LgFE4QUjx2TuV0OHiVzZxkTDaoRdFgNHNaq8Wi0aq0Pq9a4ESDuDeSkowNniRkNBv3Rlx2m9ljqDYQo4Hdphs4ndE8'
        'zEx6XjBfMZOguQQeVpkvmHmW2WumZikvFDaYDWbe6bBaVFqNincC/qEQS+ZiUNuBqhkzx1eNr5qRACWBBATXTrnYIKHE7FAG'
        'G/t36zMQgPpsPuq3sOTvHoLks4QoSyEo91noM0MxJ39TMW2MvGHUtFHvfzn0BjZHplXgeyumVXzSKpXje4bSWfKq++Qp+AmW'
        '7sMz7ovl5Cn3yavwDETbrrY1cGv5y7BuzYIV6hFparY5U59h8OZ4cl12e26OQc8zcqo4SnkV8vtVZqpJTkrqpsnz5Npz6yMZ'
        'XkNOQ84jOSTbnONFfpXKbkyenkw0NDnZZXc47JLGFLZn6lX6+gjSlmtrtFSrVfE8VSkECyaEglWMKM5ggD2EgoosOYqrGAlY'
        'RQJWqBEnTJw2t5BNIZWV4wV/UVecWZSCHZaupHtBH1yCQwI8CRmZNAULBXBLw1a7w2LAXJ78g9zmmel9/xP3s641S2o2rBn8'
        '8PfrXDPdm48mbs59c8zJV45OWjgO92m9Oq5p+JpNeOfRT9TbnjUc3JJe/4AW/5Bd2TS+7vkIXrTMsnF+7gtu+fbuLWuGTsqS'
        'uyVQqf+YLLyFnwmivbbtquptfiXIuxmktCus9MdK3Z1GhFOEggChPf1+GhCwUdX7Nm/wcCTL21KZVQh3ly7xcITTtVRyFrgL'
        'RIWAViUlgUAAOdkVxOf34/f5cSg9326zGog/NaN7gbnQkWogNmsov9DcvQD/95qdz3PbX7h+dsGSwmlrIg8urYo29R8jBR4a'
        'Pa03zf4PhXyT7pmN9/zthdHPP7EOJ6+/r8/ic0PeWILVNYflUf+lAkbva7vMfccvQ+koD92GZkh9rYGQN0uXStTpXbsmdLP3'
        'SEpHKMmewPUp8QZSswifYQ250tMzXK5ewyPHXdjoKnGBRLl0fIYhY3hEa7CD7ChTycnkZQZQBBU7gzDxmGDcQh0oAOkgIAeh'
        '/CJB5U/NVClkKCxilxAjjMqI7Y4+uAjnM/kxYJvVbrE6+tDuBRn+VBV3cfkTWZO69i7Q9+67Yd7+b17/8yv/Svr8cPOeZz9e'
        'MPix3jOHtk55tnngkpwXFy27YRnWfHevyoF188hu+e1tGdmmR+3zHn5/19OnqmZP33Nm9QMNu0fmXzwx4LUXW1dMGnetsd+a'
        'adMfoduHTkwukEb07DvyURY1+wMouTcVHemQmMLlQDsy5Zh46hYVOzauDpVIW41cQcfCGlGLYLoRQRB1nBsqSko6XkEJJouf'
        'JJhQOh3b+sbpl8/hHJzMfyDT1iJ5vvwnnIU34gYy+QtlodtWLFeQvFvhIVC0N+FRgEdDZoDHv0v6ATj5rPy1XIFbyft4Mc6W'
        'P5PvkVe0PvUF4DaH7KejYDwG1FfK0BoJMVEN0mGdRkVFURjGV/ML+VU8x0t2VxjxmD+uVwZbFajKLw46imNcBB1gZnxMd/AO'
        'QYRJnl7E0xDxYHWu/O3R2Rs3z35d/i4Xi7ql3Li7Hxn4WxiTNhT+ZeCSe3E24PAwOshN4p5BIuovZWhUKkSpXreTYGok1YTo'
        'VARxPLcnojkn4CLhUYEI/AEQsKqqmIyBhFXH7VtM1yT4E3zdfYCWz0ZeXwfDfnEdfpHUyKPw7rV4tzxqLeNJuvwbHoTOIw1K'
        'k8wqyiPMY1HLoxcrOX5TJYeCyjyO2ToAavEXFvnBbhrw1vlzXBVdTnjN/eTfli04/2L1RoXHU/EZ8iCpA7nwSAkU8RxGr0a2'
        '4NOYBDHGKKjMAoAHoIp8wlQPvurBZ7ZuVd4th0sfwIXJlJYieBnhTZUIcGhnaAi6Lg+cCJw/z/i/ou0y+R74D2w+TBH0hOyM'
        '+TCFuuUJOASScuyZ1gFW/uJvXhYCQRGY3xP4jcDjJJQlWRO12mQLpSmCsT4iuJAdNL+AShTlpWhzc0wmYe6ZCOdPBV2diAup'
        'oo/YjAPlZCdfHDm9Wf7qg0MfRrb8Y/jjx2bOvo9d+I0/f9GGZN+vmHx9EDdg08rfvj+Lj726afNZuS9cYazdEaLvgLxpUYGU'
        'pCZE1KmJljREtE5+C4ezuWKOcJxAQQiYrQ4Ck0sUM9NBCJ+FL0oHMyt0T8F3n5Ef9+O5O67isSlPcl0vHPzmuvPJ2By5Cv7H'
        'aBizFw2WslOQ1mFKSHB4aCpCPqMJG00eEzFQk8lqBcNnFXAKSmmIMD2uGLvYVdFdimy3K6xuef6iPkKMDEJmH6zoJwMGqRB8'
        'gs5ZtHT9k6sWjC9ccM/929N3Ff7y6uGvJ5/6cN2hruRPyQur1s6eUDlu8tzBE+bOnp2+68DJzfe8tf/hqifCTyoykAc8qgV8'
        'A6hRKs9waLRej0fbxeLgcwDLXEugS6BLQyQQcOvdfuAXePiSt9zLsYwXMlu9Ue+PXkHv9bpdRg02ajwaGJ5Go9er6iN6AXUa'
        'UEkoeFMlK7cY02+OEecXtg+xMK1dBadgNlJ/asyEh5QmAVxECo8cmjtp9kup+3ti8dVXP3tzL160du43TzaebHI9lxKdv3LL'
        'xqYHU6h77Yqq++ZNN7xyqGXrk286uMSn5y84cW/FtvvzGlZueKhu/mZFTvXAswxFNvSoXMrUcXoRtJtKRdQYwwrCYARh13Ew'
        'IDUvqnQ6zKow81NKQGbBvLQ7cB0TN2ZiimPyzDy1IgzOmUCxjw7tc7BPa72bht5teS3pTOtO/Akukd/EJSvo4RuDH6NlrWFF'
        'jlBX4MscwCkJjZfy7TA7uSST0ZiEtBxOxilJSYLgqgcnQNAjvQUYYzLF5ErvQhQEShWbV4rbFCd5KMaKW+RKwc8n+GhcpJDP'
        'Szuo7E8V/Hgs9SW3LpqZv3pky1fyRVmWV1Y863lm1o6DzQ3Pzo7yTU/KfbvkfXrwZ/k7PDAwc/qru+etnqTQtB7wrwe5SgSP'
        'fJjUxedwJ1AHzRK12mxrWn0kwSh6RLDdVtEqIkEwgEYQUAoMxNWuEQBpwJoNINSuHto1Lc90g5mJiEPoCrJB2vEnKnDk2rE3'
        'YGJ/86sXcOrrG9/073DNHP7ctwW9j8zYfXbxP+S5S2cub5ldV/X0nVas++yf+E/yqqVpwyvkL+Sfx1V//OITcttqfHTR81/u'
        'rn909GaFH2dBRvYr9gpWPWB/VUZerTZpVIKqISKoMJvC+SUdjmmc9z5/YSLGPlC8wBx84LXsF37FiTd+S6ZvJl3YtfSeYR/g'
        'OnwP7vfkWvm3L858+h2oKFQIdLub3wB0SEfd0CgpJ5kGtX5HtsnksKq0fH4ypSGVxZKYkZhRH0lMBPbngGC6kLezNu00x0K3'
        'zrJ2Dds+tbi419O9K+5ekGZpn4Ggah3KNUZMcvzYd3vW4Wmz5Eu/fvr94b2VEzG3f8mGRQsXb1yWvPml9Y+sP/Ikv+HIphUn'
        '7ZzvqWlnrv5h/8bTmVzG43fve69146rFE+5fsvDu2ct3bKxbuHvd9AVMPspgnANBPtywvhgu5SQhfarKbrOp9LRLNkmHwRBk'
        'N9lBQuzETixaC0i7xaX11Ee0wr9LCFsS3HTv2BBVTGMwZz8mF+DkxiXbbGkfYCi/D6YPLzn1wMEJj1xZf/L8oIe2vlIrfzDo'
        'GecDlc9cGNl8//qWh+4b//wYsvuPd7fMeKJ1tXx+k7z3t213YFvu6Duxj1TOXfvZ6/OWTN7FxjMchORvXE9lDZspWeDGIU6j'
        '5vjNlWAoN1dio4J2MNBpJWthC2JI17NPZMvr4ELvPX36xobTpwFeBvgJVwGeBnRSoZSs1zJXQQWOkJYaDaJ2c6VovMVpiFEE'
        'd+bzTd+BdbSN+Q9ZJ1LM/bplnchiPsTpzdUbuVzojcn3IvQUN5nbxTSHlAnzCHEqTi2UqBaqVqmoKo/UEXA3CUZGroSbzm3h'
        'ToNrhFzBqlDoVNWpqpsrV+i2O7ZpsG0R/frGDjqO9DqFtz8lr5XXPKnohYdxBTeJXlboNEDKpgLiBKAT87OMvIdnjt9pHgbJ'
        'YwmjPZFyfAYTY8yTqeqIKtxCxO4+G4b0MPSXTL+mFevXy2j9+n8bk4onHPTPtg3yuDqukaNcCVqIVgEmRlJCppMt5DThCRsT'
        'G1EnbQ6dFHXX4O5sTONgTF8/9SSejqc9JY8/pWz1oC2gG+4HWU5GPjRGyrNSUedLcafoKMwuKzLqcALVeaQUz9OVKcZET2Iw'
        'sTqR09PERIQc2yKI62QlOwVOOi9Y4nPWQJjF9/chRX3ITUtJgbnk9bf/cVvt3N4LJxj26sumLrnnzq5rG1Yczni+BCeczDyR'
        'yW987+naZZPu8IfrBpTPHj+498iJJRPmrJiXdeLV3+5RYjBvyd8Iq8C364OGoBNScnZRmVFwu0scTh9CeU5jET90mGkYJmgY'
        'vmtYS9vxA2PvDCv3O8pj9979Y/dgkXKXbkvtEjYO8ww7PezCMM5CkwfqBp6LqDmd0+GwWPqdi9gsRp1HR0Qa1FksuiAN9eqV'
        'fi7SC4Vyz0VC529OcQeb4u1znFGJMYTlMJMD9ou54fE4QKeVP1FWdEV+5j0oC9xQvgP8Wapii9w+oBxImj+VA6/SzIW86Q4V'
        'MCuNdDeZkS+fM/MxCxJTE0RYVX9q4aR7qKrfiRlP72n6buX5EarMzQ3pw8sfHfqU/Ne3fpJXnH0aZ7+Di3Fq0Rp5z8s/yk++'
        '9St+BZv/iccfbd3+yLRJT4+rvqt87bTe5F+vyJ88Vzm6bP78Dw49hxN3HN4qq56LjG/+ad0BbNtwTr7/tzflz5/ZXje28g08'
        '4VvsxH9AbYfkw19NXrDwUuOcpRWb3mYy17YJZO47sEcC6AdJ8oo68N8FwWigHAeGTyTVEZ0oqlU8peDVIjMqceSDY1sc7BQ8'
        'Yf4281LATlEf9eOQBhvAWlEufVBr049naPnnOE0eo8+TXybGyXizPJFv+m0h98/EMa1Rks1sVQksGUyAgx5ZQfbLpYAhwebS'
        'JHA2vZ5TaThPiirZYEiujhiSLQMNBjBVtuqI3oys1RH2cmdTFbNVndSXsqzzsaUAr5ipbEDMm1CQjakvZqN8uBzLH/1T3tP8'
        'hPye/I/WPfhOPAjfJV+VD/0J1318YssGeS3ftGeD/HUvx7MPfPoV7YLJa9f3rXvs3jpF381ou8x/DHM2CYWlHINdQEJKsmiu'
        'jniMQSMxGkUOJZmSvEnlSauTtiapdDQpiVJXdYRaOs3WEiVIFVMT+czoxERIcU24mGvC5AtEKA3mz0Py8bOH5GvLP8azvv0c'
        'B/IOpp1+vEX+buOf31yP0QQ8/LWda7Au+jN+7PNDzxXVPbJPPvbxe39btxrmJqPzYqCzBlnYOspItWqqtlk1luqIhqq11RG1'
        'uYOcN8OkXpRghXWUj5Eszay4zeQ73ANP+lBecE1GOKE7TjqBu2y58fVPfJN8RL5wWX7mfb7punMT9r91/irQiPU7FfoV0e1S'
        'FtEgpNfx6urIKzxexuM5PDbyWE15nkUjqiOYIg0w1nwLY4FI8IsvJ4FEIcXbjCVQTZwr5caOCpqScuOraroohW/aLPd+SrZt'
        'jvfdXxlzWMrGhOdVKrVWLbKejLgED8NUpFhKSA5jzIPrWB2BtRtvZj55u0wpdgLHxZxJOVY69gMK+J+TaZLnxqVpx0A1/yuF'
        '+6b16jOtb0P3Md97EsjGlyAbHrBQaa4kM6XaxCTO500CAUhKYu5qdUQUwcCDPDuTk4ErJfmgnhSH+6bzFRdmcFeBE/9BJgpL'
        'mGdIVRz5Vj4tRz/GTb/8FScVvZn+1obj8oWnLv+p+UZVSK70ktETV8gnrMA516942Z9efK6wvn63fOLMJ38bNkTeKifMmYbi'
        '9Hpf4dVYySFgDdVotaAL9DqthmIigD5QCy1tX0p2y8C5wjKBGAWshjUO0w9ih34ohiVaVSCmaEvia9/8DiVhUZQECzRj2rqw'
        'FS88hs3HGkhbwyvy/5CVrfV8U+tuMuq3hQoNwR8iqUq8qkjSIJ6L8sd5wjMLkdElzO6S0ekPl/DYxGOCqYICYICh/0CVMv1D'
        'OISHQw/y/zC9w9bW18FnZPomAfWVUnVUNFg4Ss1GA9KKgkEEPQNORXVE4srZWl7hCszPdmFkchCLGecnFLM1REZ8QVlkYWwA'
        'zbdgy/uJLzrqJk59OOVp+S8p+Ms3A5esr+zzzXpwzVaau/lGxsXzMflgtN4GeOjAP+9SBItEUYRx6gQCnhLPU1gr6oH6BoIF'
        'kWN7AEBjTqcMMD+obAU4im9Z0cSWigmx+Aeq8mFBIXQR08hUlrPeuAfk9NjSFeTJa61mkku2N7VeAGIPaSL5rc03rrXjRC8B'
        'TjzySUYWy1EJQFZEb07JdodGoWxs/h37F3kPZt119+Z2GKpdAMOB/VI2cjjsgspis2AqWLDOYrLZ7CatXm80GJzUbnfVufAo'
        '10QXcTGezn0wzO5S/4bZ4dUubHUNcI1yNbgecfHIhaf+6MJprgIXa97gOum65BLOwoVEXZhIrnJXjWu1a6uLX+2Kus64qAJn'
        'ZHhQuNo13QXumNcluWgxgNjrwnnQts7V6OK2uo67LrpoiWuVi5hc+IoLH3fhha4tLpIHzQksJEBJak1GalHBbHWA5jKYlX0F'
        'kOagsh3DBCHIxK2qasaMGTNnzmSSXzWjmuWZ0goEZsxIiAelQu1cUlyNUHts3VJYpBKwn2ZkGjBjmMXuKMI+zP1wMC25srD1'
        'iwePqvyaLgd24YTLr6udU0g2RvIVuvVo/euVNwbTg8nXe7fdmM433Qhm7viUvh+fN0y23lNsag8pEYEAiRzP6ww6I5hzAauo'
        'Xg2Gn48PJl+JVYXatVx+fKJilSJAGEQbpur51h/s1kOAxVliT7Qc2i1f4V55qebGcOB739er6bOsY4Kmt11WIdB5erYik6wu'
        'atZSbXKSACpOsCBQeIqf+h9sjBZz/piCc3RYO2Zt6C5sw335c/KKy/Il+Z1P8Lxv3pO/X//pH9/Gtic/5zfK78j/C6z13LO4'
        'F7ZfwWs+f2q//Myhj87vwePePP1Xxa9mtBioxGXMQI0k0aBWawxUQy1WAWa7IKi1WrDYWqpR36L4b4ZhFC8in1P8B6CIhbkQ'
        '4DrQUX/DBtC5v8gVbGYV4kX4oWeekp/lm84c+uJ663mYW71w0eyHGA6T5AX8z0AXJ8oATZaSRpNtNrOgo3xWptkLSJgtRm1N'
        'xIhcHRQKKpOtswFgZFIR7uZmQ0Zmxn+i2FaFYvvltz9MmHhXz77mwVWPb3e0ypf+I+2uyqsvuudO1y+x734nARdi4b/TcKki'
        'T3Y0Usq2J1Ckxzq9zglKKUHDaRxOHSH26gghiOeB2Yqy0ncoqw6aolBnst4kb8x19CkhBUETD+GBD+n+l3z7DCAumXhO/uwT'
        'rJPrDrVsWC+PnkQGth7hmz7Y8doXya07yMXHl9XNaf0lpld7gt2VgNZZaIJU7HJqM1LMTMFnOLku2VIKtqZgMQUXa7FRi/Vc'
        'itaGbEk1EZfLxv1ntR83xsUxJ6Tqd6tjPjWtI6LYFWeyrcE0X9xEe23QlyMFeMORKb/KP6Tuc79y+Pwfeq546aWdY2Fiqb7A'
        '2tQ9vpdWy0tDs14+8VKl/AfrvkPpTQ2LHu0/vG9e8K4VEw6ffmJtaOrEy70HFwcLJ66a+uFfY2NsAX7cqfjtbPeccASssIay'
        'jQZGe4Ljksyiifh3MUSfQMddfeOqnJTCLQGf5bqb+2bzZgbzSaDbR8pZzu5SIsATKbUnmM0OUOQiTUgA/5/NX0t7TBArq6kO'
        '1aaQgsWALMrayB7yusE+EEQe+16+alRvPLY9Ye/TuHHIi2/sKpSj1n9+nDM/napuHBrbY+kTeCOdeGONfEX+B8NjH4ztGuCh'
        'Bg1ixgiGwxONoFZrBQLreWVkncJjysKabVBaQG2GyPPvyB+/9Y5/MRlwBnSi99df6cU4THVXgOnCxdJFdupPn2DiMLJawcZy'
        'iU6Xyz3Xjd2NcxaGv3fj8258yo1fdeOdbrwJiqVpM8K93IPcJBse3FjvxlPxP9zX3eSCG//Rjfe6j7mJW7pzQjjoxqLb7SbX'
        '3fjKzSoAscqN5zNAAweH29i9f1l4Cyta7ibTFZhGNy4W3efd/3DT5e6X3K8qWd4t5YbCC92YlLiHuavdNKjcprtXuU+729wC'
        'cmOX0wkrJZMJ3DOrHpQ6xoI6ptUV+VQy7SYKrFJgxsyYFAeqwDApv5kzA2C2ZsZd7KpY7YyObfBQ+39GZEoyFVPFbFQfHDNV'
        '7M4/dOF2AxncS6668Njbw3TcsLvx0iODDNSU1xufeJ8uxJZu7y640QQMadp07LVLtPjGuqc+9tc306PMH/sc+L1R8TnvkLJU'
        'PBJFrYA5XkXVGo2+TY8JpTqNWo21nMCBFwSP4k0vyFEct1yhqk5b94CsBvs1zPNhzs/f5I9ar35CHpN3vwtr0/OftL6I68j4'
        '1u3k7+Tx1s9JZuudrf7YvPoUcPlIkb1iyc1Rtq1GqQasv1ZQAUI8IRh0CUYomK9E7WPE7RwcZXSyKB1jsvWNernxJM4needa'
        'JRKmxa3jyfYb78KYP4N+kpR1SRH0AyiqVCJ4gFpYfoCvpaJEjWGJxIT95o5O3O9U5L5bXjYuUkLC2Mf1vP6Mm0tppSn07+7r'
        'X9FZq7gxm5df36HQVh5LvuI/AD2RI9lViCNEw8NUwNy1CGbTLMI2Xm/uncWgd8ujsLqBKSVk4pn4cdf38rHvXfJYYVbTryub'
        'YnRa23YZf6bs4bE9XLaP3L6NF9/p4kFIsPTy+v3t+3i4bSzgUqPgAp4Bj2DIGqQWyLWI4FbRaxEVuhUTBY+iEPYX+fBO13e4'
        '7/cu/Li8Uh7bpKpv+mV5DI8sso1+CnRUoZCUyHMgK+BnIljkpWJMsQUr7KKMXUG25fo7taEhzL+h3eQ/yh9ux3V/xDPJNjK3'
        '9VFysdUb24eraVPR39pGxPY2CUgDKI2jQLpgoH3XWOjus23lnvpt8GCGz8PcPvy/+EuK/2zFSCUguqHSiIKIBQmvQDFqX+tD'
        '77goZBHwZvlb/vQ2Ci/ak+UvrbFYINu3yeWGomxUhGqkgjzR4exi5LyZXqfI9Sg2BIZHOLXB4FaXO7CRqWeHw+22lkfcpsz0'
        'kDpUHkHqm4cYbkYa2IooaC5udypCHTasU4ArLb2o8HdbhEIs2AU+BxUMNB7zLqJbqkbzqpH7H1qxF2tw6neWe8bPnufen3vh'
        'tZfetdwhDnf7DP0Ovjt76aBA7ZDazZNN2iGDpYcmvfjw0Tc4OiG5cuzoscnrFm99VKqSl+RlDRTqTCSVo+nFY/sMGj9yyRCg'
        'QTLQoADkJRGocK9kyaQOr5YarFaLxWA0qrX6MG1p+0XKZhljoIsx4AkEA7Cct1qQ0WDTmr0OMOiCvzwi2JEbKGK6JRrIjIhi'
        'wUAaAoG4Z+7o2DqOhf0y/UqgFCs2TQj1wbHDLfbY6ZYM8t3Te+df2DP/KS8VUskePtl47eBIdSI3cHv/u1ZO6LFwxoOrR4zn'
        'hr7+/B/lRS1Txqc3U+OSO7gf5EjX8dVjlg9/9lrtguWP44Hz5z+oyHL/tsv0e+C5E4WlLIca9JzJqDa6EnWW8ojHhE0mnQkR'
        'E6kh1EAJ4XlUHuHt/yWOFOdsen6Rg/ja45bxfS4VsZnwp6dGbZ4rtxz/cM2Vl3e+rd2nuq/yoc1j5n3bTX79z2+/hyue3bXe'
        'VTv1UfnPq+RrwIvStn9wO4EXDvBfh0rZadSaDLwwG/T6BDM1Z2aZE2wGPWKFAhK8QHMTcgLN7f9G8074xcnN30QvFCO0v4BJ'
        'Y2Z+e3iakRyvidF6k5dPGnHwWrJmt40fuL1fjM7zHhsz3gZkxguAzNvxs9ctK0eE7u+g8Rr5SJNCYzaOy1ymQmMvikhdvS6E'
        'jC47GBq70e5LVasR7wWy6r3JXmLlvF6dxZJcHrGYdHx5RGf/fUwqnvv9fi0L4QmKkBQ52qPGsY1oIbMoNrNAM9DFS2qfyWke'
        '+OXW9y88hsm2U5ecW7imuUuOpOP/5R+6+LGakSWL5lz4w/u4ZN+Hr02d2Bx+8JGXnlbkpBQG8nfghZ1FbK0qTFRE79A7BYuo'
        'Ek3lERGW8Co6PGJVGQm2Kd5Suw1hbmyHP9juEfqLQkV9SCjfIQRxqsoIWh/vP3rw6BOJTzgcgx6svSM/MbdrSX+r5ZNEeuTG'
        'QHpk0by66cW6ZSrS967aRYymnDyWq+WGID/Kh3nai5K0hOSUlIDa50sgNFSACqIFJIF6fWqKUpKNmoCL2g32ruURu4lSAzJk'
        'lkcMNgQEvmmKFLLelBoQFBw/uHdLbN6bWRQLgPnbT58pCssBE7UoZMQsGNMxV5WNXLxS3lP4rP/dxzZ7U0mf6tlDnnx10MOv'
        'LJz7gpMIafxLlpRteb/Im6dOvi9a21g3bs6IHvLYG12eXvfiy5GhXd7fsRgXfFA7c1z6cs2Ix268/dM5mjJ34dPYvH7B8jue'
        'kX+N2aNUWFbbgDcuVCr59SpktlvtNpvFqrK6E+02ZBbVLg40lFZjo8byCI3rJHas01F86+SIu+wdKthvAbXMZEcJ6oAILRz5'
        'Qv36DbaFhx4yH3jouPeBA9h7cJA5mTbVR9Y2SxNb68niij4vHH+udTv/gfzQxNh+ug+QvKbYbQG8LRGxc7d1muMaomHxEl+w'
        'R7gkdv5ilWaLZq/mikalpSreKHA2jEYylyGGb0x3gjsZjzYpZ3Jh7mJP6sFUeejHBz/hvbt3/3YRXJN3lH0GtzwW/xw78wOe'
        'VTLS6WDFawHDZeR0GoPeyGnKI5y7cx9KP+Zic5z1N7tJjXGdqQq2z+A76Gt9t8dAR4GnV++Evx38wbOCdf1rkWGpetSd3PPX'
        'pWcWx/kyBvrXoXnSkB4kTEgRvh2PxbSHGBYrRFpMBhLSE9+Bx2FK2PkdFoDDIuApclQJw5UYhhmqQfGyaJxGawQ/VQnH2dod'
        'UeaK4qpbjo+G2mOeCHxqcMBviciRj+SrL4YZ0w58gKf+tfV/cDn++UF5Cf/BjXvfwKVysPVxwPsmvwqkVMpiNjU8buTP8GQY'
        'jz18kN/C7+WP8W28in0Ry5ApwVXg1McJxoKfPuhCvsB/8FtBjA6qQTBXc3GNdN2sMWqNBoNWzHFRmosyPB4k0q7BtUGMG4N4'
        'VLAhSLxBbI1lHwk+FzwYPBu8GhQCwV5BgoKmILn7ahBfDOKzQRwN4gHQaj204kxBzLHCq0HyahA3BHFlEOcFcVoQ/CYMb5wJ'
        '4pNB/JJSVRPEBcFRQSIGcRFUnQ/i9UF8bxCXs/YDlPJR0Dfr+RIAVInBQJBcD+JLQbwp+McgiUEvCGJT0BskgBXQOCm7PJJk'
        'cpk1OTjNpzOD/bermLoxGFP9fq0o5rZzjTEurmYSmILEymG82E+J5s2MRfTaS+ILpo5i9lg9I+Hm6eHOTPdZ2v0oNneLQlbF'
        'g2D66dY5HWtC1j/oGjymYY/7gQM7rJZdNoEOXDd57mOGkdumPLrGtnC/Urs76QEyb0G3QcPe2dr6HB1ZvVRcnD1z3OwZD0+O'
        'z3il8sTW1m3tusgOvHaj26V06kxQG7RgrzVapzY5SY0TxQTehmygd20mmIBurSZGlfx4CEw56vo7beS7qYNuGREbCzkV10MH'
        '4/jH1VOHForj266dYn4u+DxcPuDIzvblS24jsqmROiUZpZhSiIfqEsDsmnhn3NFBcRZ1sl9WErOwhYoDIZji3gLbbeXyyzd8'
        '1nzyErfilyMf//WVXx59dlzjvLsXjO9FXnpY/tuJ2st//AD33n7+XZyyXP72kfWbStddUnBqOwX2rBv4CC6UhfpLaRl2e5ds'
        'wWOkanU2hZsFWRIVn0A0Cmo3Sr3p5oRukg6MrKM9FM/2CPxW1b/RjKjore5kF+bdJIw/8KtD94KeAzdyNvN5Mm76ktYp48X7'
        '5CReNX2ae7qjekzMs6R/+p0ryfwcGMMkoKsTZaJqyZROLWazMcVqMBipMSs7mwXbc0NhdpfcjqSwxew2Goy2FMV98ynum+s/'
        'um+Y7bEWdz4sf6sDxyyvIh7/lx6c6FXtcXT5n4OjvTd95Vt8uMJGcejn1wvxkbX/5sQpck2uAH/M6DbJo+NFQdRqYYVutpit'
        'vFpHTSoTKY+YTFqjoFLcn048MRd3mqC4fXKyk/wKUxzkw5yuU3emTDu43WXe5ef6NY7q2o3u0n/xQusHtE/zzL8svs8Qs/M8'
        '+OrnuEFA3aFSF0HltepRosuFrCouK1vvheVY8vAISqxLJCJNTHSYqHZ4RBAoW5MFbz1RV/y7eCK2KguPjuNzSkSxMOSNu+7x'
        'iCJd/svfXz6Vvc63fNaq9ZOfb2wc8N0neELOs/Z5dz+4uMuwVQubwvi27XtnPdSjory2qs/IUJfye29f83Sba1jZsHCXnrm5'
        'WSNi+9dVbZdJI5/Dzp1JPp1GY6bUlYgSTYnESo0qjWp4RAfGT2NE1k5iHkzoODqR0Cn6B1JQpHiTQE3B37FmxJbRtcaHFiQu'
        'nDon+F7iewt047r0tNxlnTyqaBBZteinnxa1zu/trzAsdjJ8xrT9wN3B9QSddZuUQp3qBI0hrrOSkhPi6spusGk0yMgCtCXt'
        'm3L/5jfFui9sX1AUdqxviyx4y3/WVFzP1vmKriLjb+zppKvIyhjPgWLcBMBNh3pLXnaISSCCXtTpDF6DZCg3NBo4ZXOFEiOK'
        '+93mYiXylnDLsUOfEj/z4KJC8APw9U8PvzpJo+USc/Nw40lAQRrQ0L37+AryltLnZLDX3dnX9LibVGhBOMGgh/GIGrVaDc6T'
        'OoGz2gQr1lOrXWW328vsD9iX2DfaVd/a8VH7+3Yy0Y7tbI5nTr0vrLHju+3ShEnhB+w4YscqaE2u2nGhfTK8cc7OpcXb9i0N'
        'h5+074TX6RI7HsBaZtgL7bRop/17O9lox8X2gfaIfa6ds9vxr3Z8zv6tnUyF52V2WsiAKlB0Nmd4rR0cCTuOFXhEQ9hoL7ET'
        'ARbwamCqOkGkoqBRG9kxSMEWC1qWtEdngrGoJcySajDJgXbDG4tSxh4C45V45YyEUOeveuL/8xVCZ4KHyMjNQsMWu60Qh7ic'
        'j9JVKXly9Myd+7OE4Xj0mzkqH34kSl65PGhGqx0Y4HvnDfK3Vtd9I4bRMUoM6GXge2/ggYjuknxqJKp4FpHkOSxoRZWGavQm'
        'vVdPJH25/qKe6tlY7bm9wsAiXsthdhicNyoxS9vNmGV82zDAkO98jpZhTZXApRJCJG99JD/yLr4s//L6m3j8h3IAu/Br8gCS'
        'QwxyJX6+9Wrrx+w8Pej6uwE/ByqT0sxWjVHUGrUWp8XFdj1BATHVr4Eyq+aWZVaHfMbi+O1aHVCwpLYvrIB0oG9YiBcbiCnc'
        '25PrrV5T5v78SJ0xEWu9+NC7rY9Nf3SdPNawRN04L8h1bd1Vfshtl6j3+jtvbhrScZadXmJnEPEDkpfwvBqIISCkbRBxf3Gk'
        'eJdIC0TsFzGsjrDY0oYkbf3c8FoRNyqPkmS/vy7sFfNEAvVIxFN/EvHFeJXprsnh9SJ+WMQArKa9sHJ82CpiIuKrIv5KKWyU'
        'rCPHhB8W14oEGk4Q8QBxlEhirQcODsfanRXx8TiIjL4DwrGGo0TcT8RWMU0sECmALP5K/Ekk0PStOOD0YEF4jIgLxAEiSRUx'
        'YGgSCfGKklgjbhWPixfFH8FCMYNrc4VFxeAazeESZSgaqiI8GCveiMHuAmtsneO9jDFsA7l6ZvXMWJQ+7ooG2icBLMDa4/eB'
        '+H4zq6hmVR0rEXbqPx4pFnQO8m3rH1zU5GxNJPe7ltGM5ctu/DkeS7XJY2lfWGvkoolSYRZ1mXJMyVTku1qtQV9mjivRlpys'
        'U1MxVydei5iMOsncJ6zTWXNyc65Fct1W27WIFd16HKu4OG7i2KmJYnM89tCxnRnTxoqRK2Ixtj64FxYUk2zAgo2d14rlrHYo'
        'x9OmL9L20FSNdk1rdJQlPf7Yo66SSK2z1LKoqnS46jZewKVD8lzy2MWz+hRhT45v5EBuIVc/C9+zamPT+Lny5upH7SRh4lC3'
        'V37TOTxB1aO0KRbvl3vi+cr6ynpEWV6xP9kS7IhiWwDVT3fIPYW1v0xTZLlWHktWttPI5FL5xWS/i7MGrV0zfTnJjBSJrmRb'
        'smgyWnWi7lqEqnNFRihRtOUihUbx2WcuDgbM7QQyKwTqFJ/poFFH+NXuYIc2gR4B8LCYXQOKKaetYznlawZc8H+HRvwHjEby'
        'l4HUOI3kjQqN8MQ4jZI8uKQzjeaRbG4azQThnCxpzGqHHZn2RNQgyQczeofViIk2uJDsLuVorGEkmaXs3mGzKPJ7Ih5xmLhF'
        'pNPFhXDbK54Wr4htMB0kjT4sIvYZK9DCdDKQ+JdA4GSgPTCO2c42E4Tu7LClst1tM2B6T+magU0V/Rv6Tn9i8uJ1Y9Mentm7'
        'nmTnJOZmB1eN6hqy3rmhSwbzfU/SOynhN4K+dqBukkuHzCqkcjmpbW8EUeygVKMx7o1oYgfATSd/dxA45oDFvt4Tbh7yLqRk'
        '5wMP7HxhzpwX7r970KC7pw68Ywo3d/aOF2fNenHH7MFT7rnjjnumxubRXm4fWdq+B0CQAPZiQ6UR1uol/EL+Cs/znfYALOCg'
        'CHgvbf2cl5u5fVbsSZb/3taG/orfwB+Qp0wqNL2YwdyNvuRu4+phTOmSWaXmtARKtYKa1+uQAMrDFZxxy0FfiwYXabBDgwUN'
        '3o0nyFun4PF4/FR5O66ZLG+RN+M78ARcc7e8BVdPlZ+Tt07FtfLT0K8SH+UvmTNQGUIJAqrF4IEgiyQSX0IG+aMvzWhPx4Hu'
        'CP4jBO3ZGvN2/nVoP0xpPxnbYu1xUkIG3p0W1DpvtmffT3H7aD7/OrLjntJ0Qa12mC0WZ4MT251lzslO+o7znPNbJz3oxBud'
        'O5zkESee7HzASdKco5xE5bQ7ydSrTsyakJNOvMN52EnWOnGD8xEnmeDEZc4xTlLAYGU4CefEPzvxJSf+2Imh7WEndjJtXVY+'
        'MjwGeiIDnDjDWegkVidWKU2/Yu3OOsl+JzgtztXOrU46ETAj5U5c4BzgJF4n5pxWJyn+UQF1/EBBUZjdJX1mt/Bx5xknIdF4'
        'jd0dqzHqTGGj0+MkZl5sNAlsFyo/8VR+Pla0+oxAoF2hV3eEFwKdQwydow83jxGx+dGVsM9q2JIlhcDsCBkIKeoyuFTyTOwy'
        'Ljh3ZM7g0j4pk7Lu9EvjuH3puemzn2hg1/sn9WQ67F/4BLeQDAad101KJTz7Au+ViBF7lPOQXBBu0/FefAHzWMoIhHFsmio7'
        'Z2xDzifoE7mZbnxi2bIYLLX+/xUsNYrDQu/SFvw92xPFwgGkFRXranywMfytiE+KZ0WyP2ZxDzfMDk+IG1/L9Jlhu4g5Ed9/'
        'Sbwqko/j5QmTp4YfEJeIZJQ4UST94qVJVTUA7GeRHBQZQLpDxI+I60UyE8w2a3Bg2EjFQh8YNDSsvGDrd0dYMezMqHtFehuR'
        'FFDHDxT3jrXM6x6z6WmpWeHpImZuiiRSJK4G288sPy9QjfqZSk6zs5Jjh5WV+AWwGXgfs+6B6hjfO0x4QDHvAWUfwVIUW0+H'
        'hHeTzP17zJ3rimTQlrU1a0sfXXhCmU/HgWZfKTQLHOBEreK8GIBmbHyXRPofSDb4JskUVyZOi+0iXq04UoxiDSLtx1wa8KHM'
        'YqpIFdqeE/F+8S2RPCfimSJzpWgMoA6oxolWkVyN92DuPyicxvwrxRW67ZEYySR7Qe9wXQw+dMpA0tXxKneyL5zHcGJ+Fn1E'
        'jGHP1TEElFd1xjD70isoUg3luWcqebSzku+gJywRqjp8odgBvDhZO08jhbAxuuKOT1pwr/mzEysyTiSZ+9GWpQ++vaZ6gxI/'
        'WU9bKI6flQ5K7KN6E4+0NmuCmrHTomEMNTCOKivhjnNNgAyLUrdzzdeRwxeTzH17zJvjqsho/akzL6s2Dli24MRNlkLfy2gL'
        '+TnWN54k2au4+7kfuFYO1sVYx8Gqz8DZrDbG6DsXNIYH2HCGrdBGOBv+yYbP2i7ZyFs2vN72nO2gjS6x4Ym2BhvpZxthIwWs'
        'JbbaMLHhKazhVRs9bHvHRp6z4bU2XGdrjDWcYKPQ1Mbo7h87LvyVDR+0nbSdtdEdDC5+2IZH2RhUWmgrsxEb43j97XeENwKo'
        'c7ZvbVyDDU+w4QLbANsoG3gudluGjfb43IbfYYAwKyi0jbEtsW207bAJZZBlmcO2n22qfBvGXhtmwyNbAU/JxpBabeOMNub6'
        'cIzzImK8N/KdSa84ytVVM2LHLtt1ZvsBl8Dv47gxXavEsZRTL53lge/IkaFzGbfeSjKXyPPZR09xIQFuralaO5DdFFnBYCPX'
        'kBX0NbDNH0tbVEinH6jHP+vxX/R4mR5P1j+gJ259QN9LDytFPOVbPV6u36QnC/S4Un+vngzT4ww9/lWPz+v/oSev60/pyUt6'
        'vFL/tJ5gtq6U9PSiHh/TY6Sv0a/Wb9VzPaKwzvxRT1fpcR6U1elpHRRH9RRAefX4R6V1vMaox8IqihHNo4QaNViD2GdJVXj8'
        'LQdWq2Z0ni1xOs2IB8k6uUNkxQszpz+7va5+B9k167nnZtVv2cK+33gFIdVR5ftvAWjQVbKLaoFjzrSa6vQa8KjxpoiaU6xf'
        '+/etNx0VXxGbJrHEfxB4K3DjSOB44MYh5Wtx9ov5Dc+DP7SOPAV95EpJhDnq7BvzINRI7gC4nOzzfskAzif7iC1Q1fHlOftk'
        '7XmAhd/44guk/D1G4noy8tNlVbWx9zXkif39wPeGNil/6e4v83PW/hZtXaf9Wp3MvvGCFPsLjnAV+shDUX/trt+iv43Rfo0m'
        '/u4vHtapGOhiJQ0hf0Kvgq+WydW3XRWS0Vp+DPLhR9EfyC5UQ3a1FdNkNIfbjR6GtulQNhXu5aS4bQW8E4HUnb0H9zxIekhd'
        'IdVDOgupEFIZtB8OKQNgLGJwlHs92qL2oLf4MW2boL8S/l00A1IJy3NfoxJVMZrEntm7HGq7rpTXQ/kupS2rn87K2ttBvie8'
        '1wL5JyG/T1iJ9gHszyH/Kfd122eA7+cAay3cx9I3URbgDGMDXGL4JgO/+8O9lCVox+4cpFT8LtDi3TY31Ct56D+VlUOC9m2n'
        'lPasDCEe3quC5zGQrwM8JgPeL0NaAekq2Y1sxIo+JbvbamH882gInYT39kL6KzzvjvedCs+Mnv9SI/BV3kXvQjoOZeshLSOn'
        'UC1IwCvQz/O/+5ODoyBtBcazj2kHgLgNBnTmQNoN6QbIOwia6gOQCgnSakgsD+XqHEgtCGm8kM4gpD2LkDgFIV0WpF8QzGGE'
        'DPCu0QkJyo2fIWQCGCaAmwDL5wR4tixFyKqD9B5CtgZIlxGyQ1v7JYQcTyDkBFjOBxFyAVlc8OwCwXYDXDe8m3QfpB8RSo4i'
        'lHInQh6A7VmPkDeJ/RldIDnATYV32Gk3P8D0H4d0FaE0wCntRUgAIx1wz0hDKBPwyQQ4WTDu7N6QYIxdoD4AzwHoIwfg5QIu'
        'ufAcnIhQHpAybzNC3QCXfGifD7BDMJYCGGvBQYS6Q9tCGGcR0LIIxlQMePWE+p5Ar15Q3hvw7Q1juQ36vy0PEuB5G9DgNqBb'
        'CYy3BPIS4NQXcO0HvOkPYxoAOJVCKstjf3dYma11eARwbxJSwew1oSACqHQO3YU4hPv2AD+pBGFcjEbjPvF7PywhK/LgvnD3'
        'wL0X2JOeUN4D7lCPGjEYf/Sjch0G172QCLqiPMfqSpQrUq4SrMUwQGHXLZiTRuDjrXhvK0atWDvsOvZex9fKszw/lWV5fiwL'
        'eKqvLLxCjFeGXam+surK3iu8+M2lFM/XX5V5jF9h6asyu+fLi2WeYxdPX7xwkUoXQ4VlF8ucnjdwEroNuwHFRLi7pIrR//ND'
        'm+cH8t3oy+F/jP57Phr9/Xffjf4Oo9F/C6PR36I2z19uuzD6Aqaj/3obHf0FbfMYP8XGT9s+JW2f4i1n8Scf9/Ycewu/WZ7h'
        'qXmj7o3GN6jUUtNS10KZBxBpMeeXGY+UHCHGAyUHrhygmppoXZSsjm6NRqO0cc/qPWTrnugesvAlvHVXdBcJ7py+kxh3Dtu5'
        'ZeeFnZy4dUvAI23RJJShbaZtpKe0rXwbiW47vu3MNgW6d5s3reyZTWmepyFthlS+CT8xLux5fGOa58zGixsJCzJs1CeUGVuw'
        'VhqDjRsWbiDV66evP73+wnrOuN6zfuH6Vevb1vPr1vb2SGsdyWXSWo2uzLgGV6/ZsmbvmmNrrqxpW6OS1iSll21dFV1Fjq86'
        's+riKvrYyjJP3kppJWlciae/gXXArIvs2nYc66SnDAll3ua8ZrL4kTJP0/1tnkYg2elZF2ZdmUWvzMIN9SWeeqDVzLLunhmQ'
        'pLqMnDJvXV4dmQ5P0yAlYudoV8g5WgjR0Sp494X7cfb9+D7I1VYHPTXV/TzV8P74cfmeO8u6eSphvOPgbsk3j+aBSVw+HT2d'
        'YiMtocPodLqQ8hsjODri+IgzIxjNDozILShjtNs0Amh3ZXjbcCIN796jTBqenlV2uhx7h2YHy9RDPallmiGuISQ8pGLIZ0O+'
        'G/LLEP6JIdg5OC23zDk42Vv2xOAXB5NBZUWegWVeTxiQvh3S3jJ8oexKGWksw/Z82+gEbBxtyjeOJiBKYMQ9HmOJsdq40MgZ'
        'jUHjMON04yrjBWObUSiBsitGOh3hYYjF+3ncglfvGzUyEBjUIrSNGBQVyiujeGk0fSS7SsPHRVVLo2j0uMqKfRg/Flm8ciXq'
        'lzwomj+yIlqTHBkUnQgZiWUaIWNK3mdH/SL1DfUNs5TvdHEsgwL1gYCSbQgoWQxGklVgpZL96usDseeGWEF9A3uqhzuCbOw/'
        'K62vZ6UBpDSvnzUeHgNofH0DrgeQ0O94AMTAB1g71I5Hx0/pIDC+HjphLymo1cM78AoDAL+G9lec49H/Bj96rWo='
    ),
}

PAGE_W, PAGE_H = 595.32, 841.92
LEFT, RIGHT, TOP, BOTTOM = 72.024, 523.3, 769.92, 72.0
TEXT_W = RIGHT - LEFT
BLUE = "0.184 0.329 0.588"
DARK = "0.122 0.216 0.388"
GREY = "0.353 0.353 0.353"

# Word's order of first use: the cover's bold title comes first.
FONT_ORDER = [("B", "F1", "BCDEEE+Arial-BoldMT", 700, 0, 47, 479, 2628, (-628, -210, 2000, 728)),
              ("R", "F2", "BCDFEE+ArialMT", 400, 0, 44, 441, 2665, (-665, -210, 2000, 728)),
              ("I", "F3", "BCDGEE+Arial-ItalicMT", 400, -12, 44, 441, 1995, (-517, -210, 1359, 728))]


def ttf_tables(data):
    n = struct.unpack(">H", data[4:6])[0]
    out = {}
    for i in range(n):
        tag, _cs, off, ln = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        out[tag.decode("latin-1")] = data[off:off + ln]
    return out


def ttf_widths(data):
    """Advance widths (1/1000 em) by Unicode code point, read from the subset's cmap and hmtx."""
    t = ttf_tables(data)
    upm = struct.unpack(">H", t["head"][18:20])[0]
    nhm = struct.unpack(">H", t["hhea"][34:36])[0]
    cm = t["cmap"]
    sub = cm[12:]
    seg = struct.unpack(">H", sub[6:8])[0] // 2
    ends = struct.unpack(">%dH" % seg, sub[14:14 + 2 * seg])
    starts = struct.unpack(">%dH" % seg, sub[16 + 2 * seg:16 + 4 * seg])
    deltas = struct.unpack(">%dH" % seg, sub[16 + 4 * seg:16 + 6 * seg])
    res = {}
    for s, e, d in zip(starts, ends, deltas):
        if s == 0xFFFF:
            continue
        for c in range(s, e + 1):
            g = (c + d) & 0xFFFF
            aw = struct.unpack(">H", t["hmtx"][4 * min(g, nhm - 1):4 * min(g, nhm - 1) + 2])[0]
            res[c] = int(aw * 1000.0 / upm + 0.5)
    return res


FONTDATA = {k: zlib.decompress(base64.b64decode("".join(v))) for k, v in FONTS.items()}
WIDTHS = {k: ttf_widths(v) for k, v in FONTDATA.items()}
FNAME = {f[0]: f[1] for f in FONT_ORDER}


def enc(s):
    return s.encode("cp1252")


def width(text, font, size):
    w = WIDTHS[font]
    return sum(w[ord(c)] for c in text) * size / 1000.0


def num(x):
    s = "%.3f" % x
    s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def pdfstr(b):
    out = bytearray(b"(")
    for ch in b:
        if ch in b"()\\":
            out += b"\\" + bytes([ch])
        elif ch < 32 or ch > 126:
            out += b"\\%03o" % ch
        else:
            out.append(ch)
    return bytes(out + b")")


def textstr(s):
    """A PDF text string: plain if ASCII, else UTF-16BE with BOM, octal escaped (as Word writes)."""
    if all(32 <= ord(c) < 127 for c in s):
        return pdfstr(s.encode("ascii"))
    return pdfstr(b"\xfe\xff" + s.encode("utf-16-be"))


def word_size(size):
    # Word writes 11 pt text as 11.04, 14 pt as 14.04 and 10 pt as 9.96 (its 1/96-inch rounding).
    return {11: "11.04", 14: "14.04", 10: "9.96", 9: "9", 12: "12", 16: "15.96", 20: "20.04"}[size]


class SE:
    def __init__(self, kind, parent=None, title=None):
        self.kind, self.parent, self.kids, self.title = kind, parent, [], title
        self.num = None
        if parent is not None:
            parent.kids.append(self)


class Page:
    def __init__(self, index):
        self.index = index
        self.ops = []
        self.mcid = 0
        self.mcid_owner = []
        self.annots = []
        self.fonts = set()
        self.num = None

    def marked(self, se, tag=None):
        n = self.mcid
        self.mcid += 1
        self.mcid_owner.append(se)
        se.kids.append(("mcid", self, n))
        return "/%s <</Lang (en-IN)/MCID %d>> BDC " % (tag or se.kind, n), n


def tj(text, font, size, seed):
    """Split a run into a TJ array with Word's small positioning numbers between chunks."""
    b = enc(text)
    parts, i, k = [], 0, 0
    h = int(hashlib.md5(("%s|%d" % (text, seed)).encode("utf-8")).hexdigest(), 16)
    while i < len(b):
        step = 3 + (h >> (k * 3) & 7)
        chunk = b[i:i + step]
        parts.append(pdfstr(chunk))
        i += step
        if i < len(b):
            adj = (-4, -3, -2, 2, 3, 4, 5, 9)[(h >> (k * 5 + 1)) & 7]
            parts.append(str(adj).encode())
        k += 1
        if k > 40:
            h = int(hashlib.md5(str(h).encode()).hexdigest(), 16)
            k = 0
    return b"[" + b"".join(parts) + b"]TJ"


def text_op(page, x, y, runs, size, color="0", seed=0):
    """One line: runs is a list of (font, text) laid out left to right from x."""
    out = []
    for font, text in runs:
        if not text:
            continue
        page.fonts.add(font)
        out.append(b"BT\r\n/%s %s Tf\r\n1 0 0 1 %s %s Tm\r\n/GS7 gs\r\n%s\r\n/GS8 gs\r\n%s\r\n"
                   % (FNAME[font].encode(), word_size(size).encode(), num(x).encode(),
                      num(y).encode(), (color + (" rg" if " " in color else " g")).encode(),
                      (color + (" RG" if " " in color else " G")).encode()))
        out.append(tj(text, font, size, seed) + b"\r\nET\r\n")
        x += width(text, font, size)
        seed += 1
    return b"".join(out)


def wrap(text, font, size, maxw):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if cur and width(cand, font, size) > maxw:
            lines.append(cur + " ")
            cur = w
        else:
            cur = cand
    lines.append(cur)
    return lines


def parse(path):
    meta, cover, body, mode = {}, [], [], None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("%"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif line.startswith("="):
            mode = line[1:]
        elif mode == "cover":
            spec, _, text = line[2:].partition(" | ")
            gap, size, style, align = spec.split()
            cover.append((float(gap), int(size), style, align, text))
        elif mode == "body":
            body.append(line)
    return meta, cover, body


class Layout:
    def __init__(self, doc_se):
        self.pages = []
        self.doc = doc_se
        self.y = None
        self.page = None
        self.headings = []  # (level, number, text, page, y, se)
        self.seed = 0

    def new_page(self):
        self.page = Page(len(self.pages))
        self.pages.append(self.page)
        self.y = TOP

    def need(self, h):
        if self.y - h < BOTTOM:
            self.new_page()

    def para_lines(self, se, lines, x, font, size, lead, color="0", tag=None, first_x=None):
        """Place wrapped lines, one marked-content sequence per page, widow/orphan control."""
        i = 0
        n = len(lines)
        while i < n:
            room = int((self.y - BOTTOM) // lead)
            left = n - i
            if room <= 0 or (left > 1 and room == 1 and i == 0):
                self.new_page()
                continue
            take = min(room, left)
            if take < left and left - take == 1 and take > 2:
                take -= 1
            bdc, _ = self.page.marked(se, tag)
            chunk = [bdc.encode()]
            for j in range(take):
                self.y -= lead
                base = self.y + lead * 0.22
                lx = first_x if (first_x is not None and i + j == 0) else x
                chunk.append(text_op(self.page, lx, base, [(font, lines[i + j])], size, color, self.seed))
                self.seed += 7
            chunk.append(b"EMC \r\n")
            self.page.ops.append(b"".join(chunk))
            i += take
            if i < n:
                self.new_page()

    def heading(self, level, number, text):
        size = {1: 14, 2: 12, 3: 11}[level]
        before = {1: 18, 2: 12, 3: 9}[level]
        after = {1: 6, 2: 4, 3: 2}[level]
        lead = size * 1.15
        if self.y != TOP:
            self.y -= before
        self.need(lead + after + 3 * 13.66)
        se = SE("H%d" % level, self.doc, text)
        color = BLUE if level < 3 else DARK
        bdc, _ = self.page.marked(se)
        self.y -= lead
        base = self.y + lead * 0.22
        op = text_op(self.page, LEFT, base, [("B", number + " "), ("B", text)], size, color, self.seed)
        self.seed += 3
        self.page.ops.append(bdc.encode() + op + b"EMC \r\n")
        self.headings.append((level, number, text, self.page, base + size, se))
        self.y -= after

    def paragraph(self, text, font="R", size=11, after=8, color="0", kind="P", x=LEFT):
        se = SE(kind, self.doc)
        lines = wrap(text, font, size, RIGHT - x)
        self.para_lines(se, lines, x, font, size, 13.66 if size == 11 else size * 1.242, color)
        self.y -= after
        return se

    def bullets(self, items):
        lst = SE("L", self.doc)
        for k, item in enumerate(items):
            li = SE("LI", lst)
            lines = wrap(item, "R", 11, RIGHT - (LEFT + 36))
            if self.y - BOTTOM < 13.66 * min(2, len(lines)):
                self.new_page()
            lbl = SE("Lbl", li)
            body = SE("LBody", li)
            bdc, _ = self.page.marked(lbl)
            y_top = self.y
            base = self.y - 13.66 + 13.66 * 0.22
            self.page.ops.append(bdc.encode() + text_op(self.page, LEFT + 18, base, [("R", "\u2022")], 11, "0", 0) + b"EMC \r\n")
            self.para_lines(body, lines, LEFT + 36, "R", 11, 13.66)
            if k == len(items) - 1:
                self.y -= 8

    WIDTHS = [166.0, 142.6, 142.7]

    def table_height(self, rows):
        cells = [[wrap(c, "B" if r == 0 else "R", 10, w - 10.8) for c, w in zip(row, self.WIDTHS)]
                 for r, row in enumerate(rows)]
        return sum(max(len(c) for c in row) * 12.42 + 4.0 for row in cells) + 2 * 13 + 16

    def table(self, rows, caption, source):
        widths = self.WIDTHS
        pad = 5.4
        size = 10
        lead = 12.42
        cells = []
        for r, row in enumerate(rows):
            font = "B" if r == 0 else "R"
            cells.append([wrap(c, font, size, w - 2 * pad) for c, w in zip(row, widths)])
        heights = [max(len(c) for c in row) * lead + 4.0 for row in cells]
        total = sum(heights) + 2 * 13 + 16
        self.need(total)
        self.paragraph(caption, "I", 9, 4, "0.267 0.329 0.416", "Caption")
        tse = SE("Table", self.doc)
        top = self.y
        draw = [b"q\r\n"]
        self.page.ops.append(b"/Artifact BMC\r\nq\r\n0.851 0.886 0.953 rg\r\n%s %s %s %s re\r\nf*\r\nQ\r\nEMC \r\n"
                             % (num(LEFT).encode(), num(top - heights[0]).encode(), num(sum(widths)).encode(),
                                num(heights[0]).encode()))
        for r, row in enumerate(cells):
            tr = SE("TR", tse)
            h = heights[r]
            x = LEFT
            for c, lines in enumerate(row):
                cell = SE("TH" if r == 0 else "TD", tr)
                p = SE("P", cell)
                bdc, _ = self.page.marked(p)
                ops = [bdc.encode()]
                yy = top - 2.0
                for ln in lines:
                    yy -= lead
                    ops.append(text_op(self.page, x + pad, yy + lead * 0.24, [("B" if r == 0 else "R", ln)], size, "0", self.seed))
                    self.seed += 5
                ops.append(b"EMC \r\n")
                self.page.ops.append(b"".join(ops))
                x += widths[c]
            top -= h
        # borders as thin filled rectangles, the way Word draws table rules
        draw.append(b"0 g\r\n")
        ys = [self.y]
        for h in heights:
            ys.append(ys[-1] - h)
        for yy in ys:
            draw.append(b"%s %s %s 0.48 re\r\nf*\r\n" % (num(LEFT - 0.24).encode(), num(yy - 0.24).encode(), num(sum(widths) + 0.48).encode()))
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        for xx in xs:
            draw.append(b"%s %s 0.48 %s re\r\nf*\r\n" % (num(xx - 0.24).encode(), num(ys[-1]).encode(), num(ys[0] - ys[-1]).encode()))
        draw.append(b"Q\r\n")
        self.page.ops.append(b"/Artifact BMC\r\n" + b"".join(draw) + b"EMC \r\n")
        self.y = top - 6
        self.paragraph(source, "I", 9, 10, "0.267 0.329 0.416", "Caption")


def build_body(L, body):
    i = 0
    pending_caption = None
    while i < len(body):
        line = body[i]
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            number, _, text = line[level + 1:].partition(" ")
            if i + 1 < len(body) and body[i + 1].startswith("^ "):
                # the heading is kept with the table caption, and the caption with the table
                rows, k = [], i + 2
                while k < len(body) and body[k].startswith("| "):
                    rows.append([c.strip() for c in body[k][2:].split(" | ")])
                    k += 1
                if L.y != TOP and L.y - 40 - L.table_height(rows) < BOTTOM:
                    L.new_page()
            L.heading(level, number, text)
            i += 1
        elif line.startswith("- "):
            items = []
            while i < len(body) and body[i].startswith("- "):
                items.append(body[i][2:])
                i += 1
            L.bullets(items)
        elif line.startswith("^ "):
            pending_caption = line[2:]
            i += 1
            rows = []
            while i < len(body) and body[i].startswith("| "):
                rows.append([c.strip() for c in body[i][2:].split(" | ")])
                i += 1
            source = body[i][2:]
            i += 1
            L.table(rows, pending_caption, source)
        elif line.startswith("~ "):
            L.paragraph(line[2:], "B", 11, 2)
            i += 1
        else:
            L.paragraph(line)
            i += 1


def dots_line(page, se_link, level, number, text, pageno, y):
    indent = {1: 0.0, 2: 11.0, 3: 22.0}[level]
    gapw = {1: 22.0, 2: 28.35, 3: 36.0}[level]
    font = "R"
    x_num = LEFT + indent
    x_text = x_num + max(gapw, width(number, font, 11) + 6)
    tw = width(text, font, 11)
    pn = str(pageno)
    pw = width(pn, font, 11)
    dotw = width(".", font, 11)
    start = x_text + tw + 3.0
    ndots = int((RIGHT - pw - 3.0 - start) // dotw)
    dx = RIGHT - pw - 3.0 - ndots * dotw
    bdc, _ = page.marked(se_link)
    base = y + 13.66 * 0.22
    ops = [bdc.encode(),
           text_op(page, x_num, base, [(font, number)], 11, "0", 11),
           text_op(page, x_text, base, [(font, text + " ")], 11, "0", 12),
           text_op(page, dx, base, [(font, "." * ndots)], 11, "0", 13),
           text_op(page, RIGHT - pw, base, [(font, pn)], 11, "0", 14),
           b"EMC \r\n"]
    page.ops.append(b"".join(ops))
    return (x_num - 2.25, y, RIGHT + 2.25, y + 13.66)


def furniture(page, meta, total):
    """Header and footer (Different First Page: none on the cover)."""
    hdr = meta["header"]
    ops = [b"/Artifact BMC\r\n",
           text_op(page, RIGHT - width(hdr, "I", 9), 808.2, [("I", hdr)], 9, GREY, 1),
           b"q\r\n0.753 g\r\n%s 801.6 %s 0.6 re\r\nf*\r\nQ\r\n" % (num(LEFT).encode(), num(TEXT_W).encode()),
           b"EMC \r\n/Artifact BMC\r\n"]
    foot = meta["footer"]
    pg = "Page %d of %d" % (page.index + 1, total)
    ops.append(text_op(page, LEFT, 38.4, [("R", foot)], 9, GREY, 2))
    ops.append(text_op(page, RIGHT - width("Page ", "R", 9) - width(pg[5:], "B", 9), 38.4,
                       [("R", "Page "), ("B", pg[5:])], 9, GREY, 3))
    ops.append(b"EMC \r\n")
    page.ops.insert(0, b"".join(ops))


class Writer:
    def __init__(self):
        self.objs = {}
        self.n = 0

    def alloc(self):
        self.n += 1
        return self.n

    def put(self, num_, body):
        self.objs[num_] = body

    def out(self, root, info, docid):
        buf = bytearray(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n")
        offs = {}
        for k in range(1, self.n + 1):
            offs[k] = len(buf)
            buf += b"%d 0 obj\r\n" % k + self.objs[k] + b"\r\nendobj\r\n"
        xref = len(buf)
        buf += b"xref\r\n0 %d\r\n0000000000 65535 f\r\n" % (self.n + 1)
        for k in range(1, self.n + 1):
            buf += b"%010d 00000 n\r\n" % offs[k]
        buf += (b"trailer\r\n<</Size %d/Root %d 0 R/Info %d 0 R/ID[<%s><%s>] >>\r\nstartxref\r\n%d\r\n%%%%EOF"
                % (self.n + 1, root, info, docid, docid, xref))
        return bytes(buf)


def stream(d, body, compress=True):
    if compress:
        z = zlib.compress(body, 6)
        return b"<<" + d + b"/Filter/FlateDecode/Length %d>>\r\nstream\r\n" % len(z) + z + b"\r\nendstream"
    return b"<<" + d + b"/Length %d>>\r\nstream\r\n" % len(body) + body + b"\r\nendstream"


def xmp(meta, docid):
    def iso(d):
        return "%s-%s-%sT%s:%s:%s+05:30" % (d[2:6], d[6:8], d[8:10], d[10:12], d[12:14], d[14:16])
    u = docid.lower()
    uuid = "%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    x = ('<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="3.1-701">\n'
         '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
         '<rdf:Description rdf:about=""  xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n'
         '<pdf:Producer>Microsoft\u00ae Word for Microsoft 365</pdf:Producer><pdf:Keywords>%s</pdf:Keywords></rdf:Description>\n'
         '<rdf:Description rdf:about=""  xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
         '<dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:description></rdf:Description>\n'
         '<rdf:Description rdf:about=""  xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
         '<xmp:CreatorTool>Microsoft\u00ae Word for Microsoft 365</xmp:CreatorTool><xmp:CreateDate>%s</xmp:CreateDate><xmp:ModifyDate>%s</xmp:ModifyDate></rdf:Description>\n'
         '<rdf:Description rdf:about=""  xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">\n'
         '<xmpMM:DocumentID>uuid:%s</xmpMM:DocumentID><xmpMM:InstanceID>uuid:%s</xmpMM:InstanceID></rdf:Description>\n'
         '</rdf:RDF></x:xmpmeta>\n' % (meta["keywords"], meta["title"], meta["author"], meta["subject"],
                                      iso(meta["created"]), iso(meta["modified"]), uuid, uuid))
    x += (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
    return x.encode("utf-8")


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, cover, body = parse(SRC)
    doc = SE("Document")
    L = Layout(doc)
    L.new_page()
    build_body(L, body)
    body_kids = doc.kids
    doc.kids = []
    # cover and contents pages go in front
    cover_page, toc_page = Page(0), Page(1)
    for p in L.pages:
        p.index += 2
    pages = [cover_page, toc_page] + L.pages
    total = len(pages)
    # cover
    y = TOP
    cover_page.ops.append(b"/Artifact BMC\r\nq\r\n0.184 0.329 0.588 rg\r\n0 781.92 595.32 60 re\r\nf*\r\n"
                          b"0.929 0.490 0.192 rg\r\n0 775.92 595.32 6 re\r\nf*\r\nQ\r\nEMC \r\n")
    for gap, size, style, align, text in cover:
        y -= gap
        y -= size * 1.15
        se = SE("P", doc)
        bdc, _ = cover_page.marked(se)
        x = LEFT + (TEXT_W - width(text, style, size)) / 2.0
        color = BLUE if size >= 14 else "0"
        cover_page.ops.append(bdc.encode() + text_op(cover_page, x, y + size * 0.25, [(style, text)], size, color, 21) + b"EMC \r\n")
    # contents
    tse = SE("P", doc)
    bdc, _ = toc_page.marked(tse)
    toc_page.ops.append(bdc.encode() + text_op(toc_page, LEFT, TOP - 16.1 + 14 * 0.22, [("B", "Contents")], 14, BLUE, 31) + b"EMC \r\n")
    y = TOP - 16.1 - 12
    toc = SE("TOC", doc)
    links = []
    for level, number, text, page, ytop, hse in L.headings:
        if level > 2:  # the Contents field is { TOC \o "1-2" \h \z \u }
            continue
        y -= 13.66
        toci = SE("TOCI", toc)
        link = SE("Link", toci)
        rect = dots_line(toc_page, link, level, number, text, page.index + 1, y)
        links.append((link, rect, page, ytop))
        y -= 5.0 if level == 1 else 2.0
    doc.kids.extend(body_kids)
    for se in body_kids:
        se.parent = doc
    for p in pages[1:]:
        furniture(p, meta, total)

    W = Writer()
    catalog, pages_obj = W.alloc(), W.alloc()
    font_objs = {}
    gs = None
    for p in pages:
        p.num = W.alloc()
    for p in pages:
        p.content = W.alloc()
    annot_nums = []
    for link, rect, target, ytop in links:
        annot_nums.append(W.alloc())
    for f in FONT_ORDER:
        font_objs[f[0]] = (W.alloc(), W.alloc())
    gs = (W.alloc(), W.alloc())
    # structure elements, in document order
    order = []

    def walk(se):
        se.num = W.alloc()
        order.append(se)
        for k in se.kids:
            if isinstance(k, SE):
                walk(k)
    root_se = W.alloc()
    walk(doc)
    parent_tree, role_map = W.alloc(), W.alloc()
    outlines = W.alloc()
    outline_items = [W.alloc() for _ in L.headings]
    info, metadata, viewer = W.alloc(), W.alloc(), W.alloc()
    width_objs = {f[0]: W.alloc() for f in FONT_ORDER}
    file_objs = {f[0]: W.alloc() for f in FONT_ORDER}

    docid = hashlib.md5((meta["title"] + meta["created"]).encode("utf-8")).hexdigest().upper()
    W.put(catalog, b"<</Type/Catalog/Pages %d 0 R/Lang(en-IN) /StructTreeRoot %d 0 R/Outlines %d 0 R/MarkInfo<</Marked true>>/Metadata %d 0 R/ViewerPreferences %d 0 R>>"
          % (pages_obj, root_se, outlines, metadata, viewer))
    W.put(pages_obj, b"<</Type/Pages/Count %d/Kids[ %s] >>" % (total, b" ".join(b"%d 0 R" % p.num for p in pages)))
    used_fonts = set()
    for p in pages:
        used_fonts |= p.fonts
    annots_by_page = {}
    for (link, rect, target, ytop), an in zip(links, annot_nums):
        annots_by_page.setdefault(1, []).append(an)
    sp_next = total
    annot_sp = {}
    for k, ((link, rect, target, ytop), an) in enumerate(zip(links, annot_nums)):
        annot_sp[an] = sp_next + k
        link.kids.insert(0, ("objr", toc_page, an))
        W.put(an, b"<</Subtype/Link/Rect[ %s %s %s %s] /BS<</W 0>>/F 4/Dest[ %d 0 R/XYZ %s %s 0] /StructParent %d>>"
              % (num(rect[0]).encode(), num(rect[1]).encode(), num(rect[2]).encode(), num(rect[3]).encode(),
                 target.num, num(LEFT - 3).encode(), num(ytop + 6).encode(), sp_next + k))
    for p in pages:
        fonts = b"".join(b"/%s %d 0 R" % (FNAME[f].encode(), font_objs[f][0]) for f in sorted(p.fonts, key=lambda f: FNAME[f]))
        ann = b""
        if p.index in annots_by_page:
            ann = b"/Annots[ %s] " % b" ".join(b"%d 0 R" % a for a in annots_by_page[p.index])
        W.put(p.num, b"<</Type/Page/Parent %d 0 R/Resources<</Font<<%s>>/ExtGState<</GS7 %d 0 R/GS8 %d 0 R>>/ProcSet[/PDF/Text/ImageB/ImageC/ImageI] >>%s/MediaBox[ 0 0 595.32 841.92] /Contents %d 0 R/Group<</Type/Group/S/Transparency/CS/DeviceRGB>>/Tabs/S/StructParents %d>>"
              % (pages_obj, fonts, gs[0], gs[1], ann, p.content, p.index))
        W.put(p.content, stream(b"", b"".join(p.ops)))
    W.put(gs[0], b"<</Type/ExtGState/BM/Normal/ca 1>>")
    W.put(gs[1], b"<</Type/ExtGState/BM/Normal/CA 1>>")
    # which cp1252 codes each font uses
    codes = {f: set() for f in WIDTHS}
    for f, text in USED:
        codes[f].update(enc(text))
    for f in FONT_ORDER:
        key, name, base, weight, angle, stemv, avgw, maxw, bbox = f
        fo, fd = font_objs[key]
        cs = sorted(codes[key]) or [32]
        first, last = min(cs), max(cs)
        W.put(fo, b"<</Type/Font/Subtype/TrueType/Name/%s/BaseFont/%s/Encoding/WinAnsiEncoding/FontDescriptor %d 0 R/FirstChar %d/LastChar %d/Widths %d 0 R>>"
              % (name.encode(), base.encode(), fd, first, last, width_objs[key]))
        W.put(fd, b"<</Type/FontDescriptor/FontName/%s/Flags 32/ItalicAngle %d/Ascent 905/Descent -210/CapHeight 728/AvgWidth %d/MaxWidth %d/FontWeight %d/XHeight 250/Leading 33/StemV %d/FontBBox[ %d %d %d %d] /FontFile2 %d 0 R>>"
              % (base.encode(), angle, avgw, maxw, weight, stemv, bbox[0], bbox[1], bbox[2], bbox[3], file_objs[key]))
        ws_ = []
        for c in range(first, last + 1):
            ws_.append(str(WIDTHS[key][ord(bytes([c]).decode("cp1252"))] if c in codes[key] else 0))
        W.put(width_objs[key], ("[ " + " ".join(ws_) + "] ").encode())
        data = FONTDATA[key]
        z = zlib.compress(data, 6)
        W.put(file_objs[key], b"<</Filter/FlateDecode/Length %d/Length1 %d>>\r\nstream\r\n" % (len(z), len(data)) + z + b"\r\nendstream")
    # structure tree
    ROLE = (b"<</Footnote/Note/Endnote/Note/Textbox/Sect/Header/Sect/Footer/Sect/InlineShape/Sect/Annotation/Sect"
            b"/Artifact/Sect/Workbook/Document/Worksheet/Part/Macrosheet/Part/Chartsheet/Part/Dialogsheet/Part"
            b"/Slide/Part/Chart/Sect/Diagram/Figure/Title/H1>>")
    W.put(role_map, ROLE)
    W.put(root_se, b"<</Type/StructTreeRoot/RoleMap %d 0 R/ParentTree %d 0 R/K[ %d 0 R] /ParentTreeNextKey %d>>"
          % (role_map, parent_tree, doc.num, sp_next + len(links)))
    for se in order:
        parent = root_se if se.parent is None else se.parent.num
        ks = []
        pages_of = set()
        for k in se.kids:
            if isinstance(k, SE):
                ks.append(b"%d 0 R" % k.num)
            elif k[0] == "mcid":
                pages_of.add(k[1].num)
        single = len(pages_of) == 1 and not any(isinstance(k, tuple) and k[0] == "objr" for k in se.kids)
        for k in se.kids:
            if isinstance(k, tuple) and k[0] == "mcid":
                if single:
                    ks.append(b"%d" % k[2])
                else:
                    ks.append(b"<</Type/MCR/Pg %d 0 R/MCID %d>>" % (k[1].num, k[2]))
            elif isinstance(k, tuple) and k[0] == "objr":
                ks.append(b"<</Type/OBJR/Pg %d 0 R/Obj %d 0 R>>" % (k[1].num, k[2]))
        pg = b"/Pg %d 0 R" % list(pages_of)[0] if single else b""
        kk = ks[0] if len(ks) == 1 else b"[ " + b" ".join(ks) + b"] "
        W.put(se.num, b"<</Type/StructElem/S/%s/P %d 0 R%s/K %s>>" % (se.kind.encode(), parent, pg, kk))
    nums = []
    for p in pages:
        nums.append(b"%d[ %s] " % (p.index, b" ".join(b"%d 0 R" % se.num for se in p.mcid_owner)))
    for (link, rect, target, ytop), an in zip(links, annot_nums):
        nums.append(b"%d %d 0 R" % (annot_sp[an], link.num))
    W.put(parent_tree, b"<</Nums[ " + b" ".join(nums) + b"] >>")
    # bookmarks
    items = list(zip(outline_items, L.headings))
    parents = {}
    stack = []
    tree = {outlines: []}
    for obj, h in items:
        level = h[0]
        while stack and stack[-1][1] >= level:
            stack.pop()
        par = stack[-1][0] if stack else outlines
        parents[obj] = par
        tree.setdefault(par, []).append(obj)
        tree.setdefault(obj, [])
        stack.append((obj, level))
    for obj, h in items:
        level, number, text, page, ytop, se = h
        sib = tree[parents[obj]]
        k = sib.index(obj)
        d = b"<</Title%s/Parent %d 0 R" % (textstr(number + " " + text), parents[obj])
        if k > 0:
            d += b"/Prev %d 0 R" % sib[k - 1]
        if k < len(sib) - 1:
            d += b"/Next %d 0 R" % sib[k + 1]
        if tree[obj]:
            d += b"/First %d 0 R/Last %d 0 R/Count %d" % (tree[obj][0], tree[obj][-1], len(tree[obj]))
        d += b"/Dest[ %d 0 R/XYZ %s %s 0] >>" % (page.num, num(LEFT - 3).encode(), num(ytop + 6).encode())
        W.put(obj, d)
    top = tree[outlines]
    W.put(outlines, b"<</Type/Outlines/First %d 0 R/Last %d 0 R/Count %d>>" % (top[0], top[-1], len(top)))
    prod = "Microsoft\u00ae Word for Microsoft 365"
    W.put(info, b"<</Title%s /Author%s /Subject%s /Keywords%s /Creator%s /CreationDate(%s) /ModDate(%s) /Producer%s >>"
          % (textstr(meta["title"]), textstr(meta["author"]), textstr(meta["subject"]), textstr(meta["keywords"]),
             textstr(prod), meta["created"].encode(), meta["modified"].encode(), textstr(prod)))
    W.put(metadata, stream(b"/Type/Metadata/Subtype/XML", xmp(meta, docid), compress=False))
    W.put(viewer, b"<</DisplayDocTitle true>>")
    with open(out_path, "wb") as fh:
        fh.write(W.out(catalog, info, docid.encode()))


USED = []  # every (font, text) drawn, for the fonts' FirstChar / LastChar / Widths
_text_op = text_op


def text_op(page, x, y, runs, size, color="0", seed=0):
    for f, t in runs:
        USED.append((f, t))
    return _text_op(page, x, y, runs, size, color, seed)


if __name__ == "__main__":
    main()
