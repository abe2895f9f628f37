#!/usr/bin/python3
"""Make docs/evolution-of-panchayati-raj-github-wiki.html from
tools/evolution-of-panchayati-raj-github-wiki.txt.

The output imitates a GitHub wiki page saved from the browser while logged in ("Save page as",
HTML only): the "saved from url" comment, GitHub's head (meta tags, stylesheet and deferred
script links to github.githubassets.com, a client-env JSON block), the AppHeader with the
owner/repo breadcrumb and the search button, the repository header (Public label, Watch, Fork,
Star counters), the repository UnderlineNav with Wiki selected, the wiki header (h1 title, Edit,
New page, "Jump to bottom", "<user> edited this page <date> · N revisions"), the rendered
Markdown in a "markdown-body" (markdown-heading divs with anchor links, dir="auto" paragraphs,
task lists, markdown-accessiblity-table wrappers, g-emoji, gollum [[wiki links]] as
"internal present"/"internal absent", a mermaid block awaiting enrichment, a details block,
GitHub footnotes), the custom _Footer box, the right sidebar (the "Pages" box with the current
page's headings expanded and a "Show N more pages..." button, the custom _Sidebar, "Clone this
wiki locally"), GitHub's site footer and the hidden session-flash and ajax-error messages.

Page names keep GitHub's quirk: a title is the file name with hyphens read as spaces, so
"Art-243-to-243-O-(Part-IX)" is listed as "Art 243 to 243 O (Part IX)".

Run from anywhere: /usr/bin/python3 tools/make_wiki.py  (standard library only, deterministic)
"""
import hashlib
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "evolution-of-panchayati-raj-github-wiki.txt")
OUT = os.path.join(HERE, "..", "docs", "evolution-of-panchayati-raj-github-wiki.html")

ICON = {
    "link": ('0 0 16 16', "m7.775 3.275 1.25-1.25a3.5 3.5 0 1 1 4.95 4.95l-2.5 2.5a3.5 3.5 0 0 1-4.95 0 .751.751 0 0 1 .018-1.042.751.751 0 0 1 1.042-.018 1.998 1.998 0 0 0 2.83 0l2.5-2.5a2.002 2.002 0 0 0-2.83-2.83l-1.25 1.25a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042Zm-4.69 9.64a1.998 1.998 0 0 0 2.83 0l1.25-1.25a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042l-1.25 1.25a3.5 3.5 0 1 1-4.95-4.95l2.5-2.5a3.5 3.5 0 0 1 4.95 0 .751.751 0 0 1-.018 1.042.751.751 0 0 1-1.042.018 1.998 1.998 0 0 0-2.83 0l-2.5 2.5a1.998 1.998 0 0 0 0 2.83Z"),
    "mark-github": ('0 0 24 24', "M12 1C5.923 1 1 5.923 1 12c0 4.867 3.149 8.979 7.521 10.436.55.096.756-.233.756-.522 0-.262-.013-1.128-.013-2.049-2.764.509-3.479-.674-3.699-1.292-.124-.317-.66-1.293-1.127-1.554-.385-.207-.936-.715-.014-.729.866-.014 1.485.797 1.691 1.128.99 1.663 2.571 1.196 3.204.907.096-.715.385-1.196.701-1.471-2.448-.275-5.005-1.224-5.005-5.432 0-1.196.426-2.186 1.128-2.956-.111-.275-.496-1.402.11-2.915 0 0 .921-.288 3.024 1.128a10.193 10.193 0 0 1 2.75-.371c.936 0 1.871.123 2.75.371 2.104-1.43 3.025-1.128 3.025-1.128.605 1.513.221 2.64.111 2.915.701.77 1.127 1.747 1.127 2.956 0 4.222-2.571 5.157-5.019 5.432.399.344.743 1.004.743 2.035 0 1.471-.014 2.654-.014 3.025 0 .289.206.632.756.522C19.851 20.979 23 16.854 23 12c0-6.077-4.922-11-11-11Z"),
    "three-bars": ('0 0 16 16', "M1 2.75A.75.75 0 0 1 1.75 2h12.5a.75.75 0 0 1 0 1.5H1.75A.75.75 0 0 1 1 2.75Zm0 5A.75.75 0 0 1 1.75 7h12.5a.75.75 0 0 1 0 1.5H1.75A.75.75 0 0 1 1 7.75ZM1.75 12h12.5a.75.75 0 0 1 0 1.5H1.75a.75.75 0 0 1 0-1.5Z"),
    "search": ('0 0 16 16', "M10.68 11.74a6 6 0 0 1-7.922-8.982 6 6 0 0 1 8.982 7.922l3.04 3.04a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215ZM11.5 7a4.499 4.499 0 1 0-8.997 0A4.499 4.499 0 0 0 11.5 7Z"),
    "code": ('0 0 16 16', "m11.28 3.22 4.25 4.25a.75.75 0 0 1 0 1.06l-4.25 4.25a.749.749 0 0 1-1.275-.326.749.749 0 0 1 .215-.734L13.94 8l-3.72-3.72a.749.749 0 0 1 .326-1.275.749.749 0 0 1 .734.215Zm-6.56 0a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042L2.06 8l3.72 3.72a.749.749 0 0 1-.326 1.275.749.749 0 0 1-.734-.215L.47 8.53a.75.75 0 0 1 0-1.06Z"),
    "issue-opened": ('0 0 16 16', "M8 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0ZM1.5 8a6.5 6.5 0 1 0 13 0 6.5 6.5 0 0 0-13 0Z"),
    "git-pull-request": ('0 0 16 16', "M1.5 3.25a2.25 2.25 0 1 1 3 2.122v5.256a2.251 2.251 0 1 1-1.5 0V5.372A2.25 2.25 0 0 1 1.5 3.25Zm5.677-.177L9.573.677A.25.25 0 0 1 10 .854V2.5h1A2.5 2.5 0 0 1 13.5 5v5.628a2.251 2.251 0 1 1-1.5 0V5a1 1 0 0 0-1-1h-1v1.646a.25.25 0 0 1-.427.177L7.177 3.427a.25.25 0 0 1 0-.354ZM3.75 2.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Zm0 9.5a.75.75 0 1 0 0 1.5.75.75 0 0 0 0-1.5Zm8.25.75a.75.75 0 1 0 1.5 0 .75.75 0 0 0-1.5 0Z"),
    "play": ('0 0 16 16', "M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0ZM1.5 8a6.5 6.5 0 1 0 13 0 6.5 6.5 0 0 0-13 0Zm4.879-2.773 4.264 2.559a.25.25 0 0 1 0 .428l-4.264 2.559A.25.25 0 0 1 6 10.559V5.442a.25.25 0 0 1 .379-.215Z"),
    "table": ('0 0 16 16', "M0 1.75C0 .784.784 0 1.75 0h12.5C15.216 0 16 .784 16 1.75v12.5A1.75 1.75 0 0 1 14.25 16H1.75A1.75 1.75 0 0 1 0 14.25ZM6.5 6.5v8h7.75a.25.25 0 0 0 .25-.25V6.5Zm8-1.5V1.75a.25.25 0 0 0-.25-.25H6.5V5Zm-13 1.5v7.75c0 .138.112.25.25.25H5v-8ZM5 5V1.5H1.75a.25.25 0 0 0-.25.25V5Z"),
    "book": ('0 0 16 16', "M0 1.75A.75.75 0 0 1 .75 1h4.253c1.227 0 2.317.59 3 1.501A3.743 3.743 0 0 1 11.006 1h4.245a.75.75 0 0 1 .75.75v10.5a.75.75 0 0 1-.75.75h-4.507a2.25 2.25 0 0 0-1.591.659l-.622.621a.75.75 0 0 1-1.06 0l-.622-.621A2.25 2.25 0 0 0 5.258 13H.75a.75.75 0 0 1-.75-.75Zm7.251 10.324.004-5.073-.002-2.253A2.25 2.25 0 0 0 5.003 2.5H1.5v9h3.757a3.75 3.75 0 0 1 1.994.574ZM8.755 4.75l-.004 7.322a3.752 3.752 0 0 1 1.992-.572H14.5v-9h-3.495a2.25 2.25 0 0 0-2.25 2.25Z"),
    "shield": ('0 0 16 16', "M7.467.133a1.748 1.748 0 0 1 1.066 0l5.25 1.68A1.75 1.75 0 0 1 15 3.48V7c0 1.566-.32 3.182-1.303 4.682-.983 1.498-2.585 2.813-5.032 3.855a1.697 1.697 0 0 1-1.33 0c-2.447-1.042-4.049-2.357-5.032-3.855C1.32 10.182 1 8.566 1 7V3.48a1.755 1.755 0 0 1 1.217-1.667Zm.61 1.429a.25.25 0 0 0-.153 0l-5.25 1.68a.25.25 0 0 0-.174.238V7c0 1.358.275 2.666 1.057 3.86.784 1.194 2.121 2.34 4.366 3.297a.196.196 0 0 0 .154 0c2.245-.956 3.582-2.104 4.366-3.298C13.225 9.666 13.5 8.36 13.5 7V3.48a.251.251 0 0 0-.174-.237l-5.25-1.68ZM8.75 4.75v3a.75.75 0 0 1-1.5 0v-3a.75.75 0 0 1 1.5 0ZM9 10.5a1 1 0 1 1-2 0 1 1 0 0 1 2 0Z"),
    "graph": ('0 0 16 16', "M1.5 1.75V13.5h13.75a.75.75 0 0 1 0 1.5H.75a.75.75 0 0 1-.75-.75V1.75a.75.75 0 0 1 1.5 0Zm14.28 2.53-5.25 5.25a.75.75 0 0 1-1.06 0L7 7.06 4.28 9.78a.751.751 0 0 1-1.042-.018.751.751 0 0 1-.018-1.042l3.25-3.25a.75.75 0 0 1 1.06 0L10 7.94l4.72-4.72a.751.751 0 0 1 1.042.018.751.751 0 0 1 .018 1.042Z"),
    "gear": ('0 0 16 16', "M8 0a8.2 8.2 0 0 1 .701.031C9.444.095 9.99.645 10.16 1.29l.288 1.107c.018.066.079.158.212.224.231.114.454.243.668.386.123.082.233.09.299.071l1.103-.303c.644-.176 1.392.021 1.82.63.27.385.506.792.704 1.218.315.675.111 1.422-.364 1.891l-.814.806c-.049.048-.098.147-.088.294.016.257.016.515 0 .772-.01.147.038.246.088.294l.814.806c.475.469.679 1.216.364 1.891a7.977 7.977 0 0 1-.704 1.217c-.428.61-1.176.807-1.82.63l-1.102-.302c-.067-.019-.177-.011-.3.071a5.909 5.909 0 0 1-.668.386c-.133.066-.194.158-.211.224l-.29 1.106c-.168.646-.715 1.196-1.458 1.26a8.006 8.006 0 0 1-1.402 0c-.743-.064-1.289-.614-1.458-1.26l-.289-1.106c-.018-.066-.079-.158-.212-.224a5.738 5.738 0 0 1-.668-.386c-.123-.082-.233-.09-.299-.071l-1.103.303c-.644.176-1.392-.021-1.82-.63a8.12 8.12 0 0 1-.704-1.218c-.315-.675-.111-1.422.363-1.891l.815-.806c.05-.048.098-.147.088-.294a6.214 6.214 0 0 1 0-.772c.01-.147-.038-.246-.088-.294l-.815-.806C.635 6.045.431 5.298.746 4.623a7.92 7.92 0 0 1 .704-1.217c.428-.61 1.176-.807 1.82-.63l1.102.302c.067.019.177.011.3-.071.214-.143.437-.272.668-.386.133-.066.194-.158.211-.224l.29-1.106C6.009.645 6.556.095 7.299.03 7.53.01 7.764 0 8 0Zm-.571 1.525c-.036.003-.108.036-.137.146l-.289 1.105c-.147.561-.549.967-.998 1.189-.173.086-.34.183-.5.29-.417.278-.97.423-1.529.27l-1.103-.303c-.109-.03-.175.016-.195.045-.22.312-.412.644-.573.99-.014.031-.021.11.059.19l.815.806c.411.406.562.957.53 1.456a4.709 4.709 0 0 0 0 .582c.032.499-.119 1.05-.53 1.456l-.815.806c-.081.08-.073.159-.059.19.162.346.353.677.573.989.02.03.085.076.195.046l1.102-.303c.56-.153 1.113-.008 1.53.27.161.107.328.204.501.29.447.222.85.629.997 1.189l.289 1.105c.029.109.101.143.137.146a6.6 6.6 0 0 0 1.142 0c.036-.003.108-.036.137-.146l.289-1.105c.147-.561.549-.967.998-1.189.173-.086.34-.183.5-.29.417-.278.97-.423 1.529-.27l1.103.303c.109.029.175-.016.195-.045.22-.313.411-.644.573-.99.014-.031.021-.11-.059-.19l-.815-.806c-.411-.406-.562-.957-.53-1.456a4.709 4.709 0 0 0 0-.582c-.032-.499.119-1.05.53-1.456l.815-.806c.081-.08.073-.159.059-.19a6.464 6.464 0 0 0-.573-.989c-.02-.03-.085-.076-.195-.046l-1.102.303c-.56.153-1.113.008-1.53-.27a4.44 4.44 0 0 0-.501-.29c-.447-.222-.85-.629-.997-1.189l-.289-1.105c-.029-.11-.101-.143-.137-.146a6.6 6.6 0 0 0-1.142 0ZM11 8a3 3 0 1 1-6 0 3 3 0 0 1 6 0ZM9.5 8a1.5 1.5 0 1 0-3.001.001A1.5 1.5 0 0 0 9.5 8Z"),
    "repo": ('0 0 16 16', "M2 2.5A2.5 2.5 0 0 1 4.5 0h8.75a.75.75 0 0 1 .75.75v12.5a.75.75 0 0 1-.75.75h-2.5a.75.75 0 0 1 0-1.5h1.75v-2h-8a1 1 0 0 0-.714 1.7.75.75 0 1 1-1.072 1.05A2.495 2.495 0 0 1 2 11.5Zm10.5-1h-8a1 1 0 0 0-1 1v6.708A2.486 2.486 0 0 1 4.5 9h8ZM5 12.25a.25.25 0 0 1 .25-.25h3.5a.25.25 0 0 1 .25.25v3.25a.25.25 0 0 1-.4.2l-1.45-1.087a.249.249 0 0 0-.3 0L5.4 15.7a.25.25 0 0 1-.4-.2Z"),
    "eye": ('0 0 16 16', "M8 2c1.981 0 3.671.992 4.933 2.078 1.27 1.091 2.187 2.345 2.637 3.023a1.62 1.62 0 0 1 0 1.798c-.45.678-1.367 1.932-2.637 3.023C11.67 13.008 9.981 14 8 14c-1.981 0-3.671-.992-4.933-2.078C1.797 10.83.88 9.576.43 8.898a1.62 1.62 0 0 1 0-1.798c.45-.677 1.367-1.931 2.637-3.022C4.33 2.992 6.019 2 8 2ZM1.679 7.932a.12.12 0 0 0 0 .136c.411.622 1.241 1.75 2.366 2.717C5.176 11.758 6.527 12.5 8 12.5c1.473 0 2.825-.742 3.955-1.715 1.124-.967 1.954-2.096 2.366-2.717a.12.12 0 0 0 0-.136c-.412-.621-1.242-1.75-2.366-2.717C10.824 4.242 9.473 3.5 8 3.5c-1.473 0-2.825.742-3.955 1.715-1.124.967-1.954 2.096-2.366 2.717ZM8 10a2 2 0 1 1-.001-3.999A2 2 0 0 1 8 10Z"),
    "repo-forked": ('0 0 16 16', "M5 5.372v.878c0 .414.336.75.75.75h4.5a.75.75 0 0 0 .75-.75v-.878a2.25 2.25 0 1 1 1.5 0v.878a2.25 2.25 0 0 1-2.25 2.25h-1.5v2.128a2.251 2.251 0 1 1-1.5 0V8.5h-1.5A2.25 2.25 0 0 1 3.5 6.25v-.878a2.25 2.25 0 1 1 1.5 0ZM5 3.25a.75.75 0 1 0-1.5 0 .75.75 0 0 0 1.5 0Zm6.75.75a.75.75 0 1 0 0-1.5.75.75 0 0 0 0 1.5Zm-3 8.75a.75.75 0 1 0-1.5 0 .75.75 0 0 0 1.5 0Z"),
    "star": ('0 0 16 16', "M8 .25a.75.75 0 0 1 .673.418l1.882 3.815 4.21.612a.75.75 0 0 1 .416 1.279l-3.046 2.97.719 4.192a.751.751 0 0 1-1.088.791L8 12.347l-3.766 1.98a.75.75 0 0 1-1.088-.79l.72-4.194L.818 6.374a.75.75 0 0 1 .416-1.28l4.21-.611L7.327.668A.75.75 0 0 1 8 .25Zm0 2.445L6.615 5.5a.75.75 0 0 1-.564.41l-3.097.45 2.24 2.184a.75.75 0 0 1 .216.664l-.528 3.084 2.769-1.456a.75.75 0 0 1 .698 0l2.77 1.456-.53-3.084a.75.75 0 0 1 .216-.664l2.24-2.183-3.096-.45a.75.75 0 0 1-.564-.41L8 2.694Z"),
    "triangle-down": ('0 0 16 16', "m4.427 7.427 3.396 3.396a.25.25 0 0 0 .354 0l3.396-3.396A.25.25 0 0 0 11.396 7H4.604a.25.25 0 0 0-.177.427Z"),
    "copy": ('0 0 16 16', "M0 6.75C0 5.784.784 5 1.75 5h1.5a.75.75 0 0 1 0 1.5h-1.5a.25.25 0 0 0-.25.25v7.5c0 .138.112.25.25.25h7.5a.25.25 0 0 0 .25-.25v-1.5a.75.75 0 0 1 1.5 0v1.5A1.75 1.75 0 0 1 9.25 16h-7.5A1.75 1.75 0 0 1 0 14.25Z M5 1.75C5 .784 5.784 0 6.75 0h7.5C15.216 0 16 .784 16 1.75v7.5A1.75 1.75 0 0 1 14.25 11h-7.5A1.75 1.75 0 0 1 5 9.25Zm1.75-.25a.25.25 0 0 0-.25.25v7.5c0 .138.112.25.25.25h7.5a.25.25 0 0 0 .25-.25v-7.5a.25.25 0 0 0-.25-.25Z"),
    "plus": ('0 0 16 16', "M7.75 2a.75.75 0 0 1 .75.75V7h4.25a.75.75 0 0 1 0 1.5H8.5v4.25a.75.75 0 0 1-1.5 0V8.5H2.75a.75.75 0 0 1 0-1.5H7V2.75A.75.75 0 0 1 7.75 2Z"),
    "inbox": ('0 0 16 16', "M2.8 2.06A1.75 1.75 0 0 1 4.41 1h7.18c.7 0 1.333.417 1.61 1.06l2.74 6.395c.04.093.06.194.06.295v4.5A1.75 1.75 0 0 1 14.25 15H1.75A1.75 1.75 0 0 1 0 13.25v-4.5c0-.101.02-.202.06-.295Zm1.61.44a.25.25 0 0 0-.23.152L1.887 8H4.75a.75.75 0 0 1 .6.3L6.625 10h2.75l1.275-1.7a.75.75 0 0 1 .6-.3h2.863L11.82 2.652a.25.25 0 0 0-.23-.152Zm10.09 7h-2.875l-1.275 1.7a.75.75 0 0 1-.6.3h-3.5a.75.75 0 0 1-.6-.3L4.375 9.5H1.5v3.75c0 .138.112.25.25.25h12.5a.25.25 0 0 0 .25-.25Z"),
    "pin": ('0 0 16 16', "m11.294.984 3.722 3.722a1.75 1.75 0 0 1-.504 2.826l-1.327.613a3.089 3.089 0 0 0-1.707 2.084l-.584 2.454c-.317 1.332-1.972 1.8-2.94.832L5.75 11.311 1.78 15.28a.749.749 0 1 1-1.06-1.06l3.969-3.97-2.204-2.204c-.968-.968-.5-2.623.832-2.94l2.454-.584a3.08 3.08 0 0 0 2.084-1.707l.613-1.327a1.75 1.75 0 0 1 2.826-.504ZM6.283 9.723l2.732 2.731a.25.25 0 0 0 .42-.119l.584-2.454a4.586 4.586 0 0 1 2.537-3.098l1.328-.613a.25.25 0 0 0 .072-.404l-3.722-3.722a.25.25 0 0 0-.404.072l-.613 1.328a4.584 4.584 0 0 1-3.098 2.537l-2.454.584a.25.25 0 0 0-.119.42l2.731 2.732Z"),
}

EMOJI = {
    "warning": ("\u26a0\ufe0f", "26a0"),
    "books": ("\U0001f4da", "1f4da"),
    "arrow_left": ("\u2b05\ufe0f", "2b05"),
    "arrow_right": ("\u27a1\ufe0f", "27a1"),
}


def svg(name, cls="", size=16, extra=""):
    box, path = ICON[name]
    return ('<svg%s aria-hidden="true" height="%d" viewBox="%s" version="1.1" width="%d" '
            'data-view-component="true" class="octicon octicon-%s%s">\n    <path d="%s"></path>\n</svg>'
            % (extra, size, box, size, name, (" " + cls) if cls else "", path))


def read_source():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    parts = {}
    for chunk in re.split(r"^@@ ", text, flags=re.M)[1:]:
        name, _, body = chunk.partition("\n")
        parts[name.strip()] = body.rstrip("\n")
    meta = {}
    for line in parts["meta"].split("\n"):
        k, _, v = line.partition(": ")
        meta[k] = v
    return meta, parts["page"], parts["sidebar"], parts["footer"]


def slug(text):
    s = text.lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")


def page_title(name):
    return name.replace("-", " ")


class Renderer:
    def __init__(self, meta):
        self.meta = meta
        self.base = "/%s/%s" % (meta["owner"], meta["repo"])
        self.pages = meta["pages"].split("|")
        self.fn_order = []
        self.fn_text = {}
        self.headings = []

    def fn_id(self, key):
        h = hashlib.sha1(("fn-" + key + self.meta["page"]).encode()).hexdigest()[:32]
        return "%s-%s" % (key, h)

    # ---- inline ----
    def inline(self, s):
        codes = []

        def keep_code(m):
            codes.append("<code>%s</code>" % html.escape(m.group(1), quote=True))
            return "\x00%d\x00" % (len(codes) - 1)

        s = re.sub(r"`([^`]+)`", keep_code, s)
        s = html.escape(s, quote=True).replace("&#x27;", "'")

        def wiki(m):
            label, _, target = m.group(1).partition("|")
            target = target or label.replace(" ", "-")
            present = target in self.pages
            href = "%s/wiki/%s" % (self.base, target if target != "Home" else "")
            href = href.rstrip("/") if target == "Home" else href
            return '<a class="internal %s" href="%s">%s</a>' % (
                "present" if present else "absent", href, label)

        s = re.sub(r"\[\[([^\]]+)\]\]", wiki, s)
        s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2" rel="nofollow">\1</a>', s)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<em>\1</em>", s)
        s = re.sub(r"(?<![\w])_([^_]+)_(?![\w])", r"<em>\1</em>", s)

        def emoji(m):
            ch, code = EMOJI[m.group(1)]
            return ('<g-emoji class="g-emoji" alias="%s" fallback-src="https://github.githubassets.com/'
                    'images/icons/emoji/unicode/%s.png">%s</g-emoji>' % (m.group(1), code, ch))

        s = re.sub(r":([a-z_]+):", lambda m: emoji(m) if m.group(1) in EMOJI else m.group(0), s)

        def fnref(m):
            key = m.group(1)
            if key not in self.fn_order:
                self.fn_order.append(key)
            n = self.fn_order.index(key) + 1
            fid = self.fn_id(key)
            return ('<sup><a href="#user-content-fn-%s" id="user-content-fnref-%s" data-footnote-ref="" '
                    'aria-describedby="footnote-label">%d</a></sup>' % (fid, fid, n))

        s = re.sub(r"\[\^([\w-]+)\]", fnref, s)
        s = re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], s)
        return s

    # ---- blocks ----
    def heading(self, level, text):
        sl = slug(text)
        self.headings.append((level, text, sl))
        label = html.escape(text, quote=True).replace("&#x27;", "'")
        return ('<div class="markdown-heading" dir="auto"><h%d tabindex="-1" class="heading-element" '
                'dir="auto">%s</h%d><a id="user-content-%s" class="anchor" aria-label="Permalink: %s" '
                'href="#%s">%s</a></div>' % (level, self.inline(text), level, sl, label, sl,
                                             svg("link")))

    def mermaid(self, code):
        ident = hashlib.sha1(code.encode()).hexdigest()[:8] + "-" + hashlib.md5(code.encode()).hexdigest()[:4] \
            + "-4" + hashlib.md5(code.encode()).hexdigest()[4:7] + "-9" + hashlib.md5(code.encode()).hexdigest()[7:10] \
            + "-" + hashlib.md5(code.encode()).hexdigest()[10:22]
        data = code.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        data_attr = html.escape('{"data":"%s"}' % data, quote=True).replace("&#x27;", "'")
        return (
            '<section class="js-render-needs-enrichment render-needs-enrichment position-relative" '
            'data-identity="%s" data-host="https://viewscreen.githubusercontent.com" '
            'data-src="https://viewscreen.githubusercontent.com/markdown/mermaid?docs_host=https%%3A%%2F%%2Fdocs.github.com" '
            'data-type="mermaid" aria-label="mermaid rendered output container">\n'
            '  <div class="js-render-enrichment-target" data-json="%s" data-plain="%s" dir="auto">\n'
            '    <div class="render-plaintext-hidden" dir="auto">\n'
            '      <pre lang="mermaid" aria-label="Raw mermaid code">%s</pre>\n'
            '    </div>\n'
            '  </div>\n'
            '  <span class="js-render-enrichment-loader d-flex flex-justify-center flex-items-center width-full" '
            'style="min-height:100px" role="presentation">\n'
            '    <svg style="box-sizing: content-box; color: var(--color-icon-primary);" width="16" height="16" '
            'viewBox="0 0 16 16" fill="none" data-view-component="true" class="octospinner mx-auto anim-rotate">\n'
            '  <circle cx="8" cy="8" r="7" stroke="currentColor" stroke-opacity="0.25" stroke-width="2" '
            'vector-effect="non-scaling-stroke" fill="none"></circle>\n'
            '  <path d="M15 8a7.002 7.002 0 00-7-7" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
            'vector-effect="non-scaling-stroke"></path>\n'
            '</svg>\n'
            '  </span>\n'
            '</section>' % (ident, data_attr, html.escape(code + "\n", quote=True).replace("&#x27;", "'"),
                            html.escape(code + "\n", quote=False)))

    def table(self, rows):
        def cells(r):
            return [c.strip() for c in r.strip().strip("|").split("|")]
        head = cells(rows[0])
        out = ["<markdown-accessiblity-table><table>", "<thead>", "<tr>"]
        out += ["<th>%s</th>" % self.inline(c) for c in head]
        out += ["</tr>", "</thead>", "<tbody>"]
        for r in rows[2:]:
            out.append("<tr>")
            out += ["<td>%s</td>" % self.inline(c) for c in cells(r)]
            out.append("</tr>")
        out += ["</tbody>", "</table></markdown-accessiblity-table>"]
        return "\n".join(out)

    def lists(self, lines):
        """Nested - / 1. / - [ ] lists; children indented by two (bullets) or three (numbers)."""
        items = []
        for line in lines:
            ind = len(line) - len(line.lstrip(" "))
            items.append((ind, line.strip()))

        def render(i, ind):
            first = items[i][1]
            ordered = bool(re.match(r"\d+\. ", first))
            task = bool(re.match(r"- \[( |x)\] ", first))
            if ordered:
                out = ['<ol dir="auto">']
            elif task:
                out = ['<ul class="contains-task-list">']
            else:
                out = ['<ul dir="auto">']
            while i < len(items) and items[i][0] == ind:
                text = items[i][1]
                text = re.sub(r"^(\d+\.|-) ", "", text)
                i += 1
                child = ""
                if i < len(items) and items[i][0] > ind:
                    i, child = render(i, items[i][0])
                m = re.match(r"\[( |x)\] (.*)", text)
                if m:
                    done = m.group(1) == "x"
                    out.append('<li class="task-list-item"><input type="checkbox" id="" disabled="" '
                               'class="task-list-item-checkbox" aria-label="%s"%s> %s</li>'
                               % ("Completed task" if done else "Incomplete task",
                                  ' checked=""' if done else "", self.inline(m.group(2))))
                elif child:
                    out.append("<li>%s\n%s\n</li>" % (self.inline(text), child))
                else:
                    out.append("<li>%s</li>" % self.inline(text))
            out.append("</ol>" if ordered else "</ul>")
            return i, "\n".join(out)

        return render(0, items[0][0])[1]

    def blocks(self, md):
        lines = md.split("\n")
        out = []
        i = 0
        while i < len(lines):
            line = lines[i]
            s = line.strip()
            if not s:
                i += 1
                continue
            if s.startswith("```"):
                lang = s[3:].strip()
                j = i + 1
                while not lines[j].startswith("```"):
                    j += 1
                code = "\n".join(lines[i + 1:j])
                out.append(self.mermaid(code) if lang == "mermaid" else
                           '<div class="highlight highlight-source-%s notranslate position-relative '
                           'overflow-auto" dir="auto"><pre>%s\n</pre></div>' % (lang, html.escape(code)))
                i = j + 1
            elif re.match(r"#{1,6} ", s):
                lvl = len(s) - len(s.lstrip("#"))
                out.append(self.heading(lvl, s[lvl + 1:]))
                i += 1
            elif s.startswith("[^") and "]: " in s:
                key = s[2:s.index("]")]
                self.fn_text[key] = s[s.index("]: ") + 3:]
                i += 1
            elif s.startswith("|"):
                j = i
                while j < len(lines) and lines[j].strip().startswith("|"):
                    j += 1
                out.append(self.table(lines[i:j]))
                i = j
            elif s.startswith(">"):
                j = i
                while j < len(lines) and lines[j].strip().startswith(">"):
                    j += 1
                inner = " ".join(l.strip()[1:].strip() for l in lines[i:j])
                out.append('<blockquote>\n<p dir="auto">%s</p>\n</blockquote>' % self.inline(inner))
                i = j
            elif re.match(r"(- |\d+\. )", s):
                j = i
                while j < len(lines) and lines[j].strip() and (
                        re.match(r"\s*(- |\d+\. )", lines[j]) or lines[j].startswith("  ")):
                    j += 1
                out.append(self.lists(lines[i:j]))
                i = j
            elif s.startswith("<details>"):
                j = i
                while not lines[j].strip().startswith("</details>"):
                    j += 1
                summary = lines[i + 1].strip()
                inner = "\n".join(lines[i + 2:j])
                out.append("<details>\n%s\n%s\n</details>" % (summary.replace('"', "&quot;"),
                                                              self.blocks(inner)))
                i = j + 1
            else:
                j = i
                para = []
                while j < len(lines) and lines[j].strip() and not re.match(
                        r"(#{1,6} |- |\d+\. |\||>|```|<details>|\[\^)", lines[j].strip()):
                    para.append(lines[j].strip())
                    j += 1
                out.append('<p dir="auto">%s</p>' % self.inline(" ".join(para)))
                i = j
        return "\n".join(out)

    def footnotes(self):
        if not self.fn_order:
            return ""
        out = ['<section data-footnotes="" class="footnotes"><h2 id="footnote-label" class="sr-only" '
               'dir="auto">Footnotes</h2>', '<ol dir="auto">']
        for n, key in enumerate(self.fn_order, 1):
            fid = self.fn_id(key)
            out.append('<li id="user-content-fn-%s">\n<p dir="auto">%s <a href="#user-content-fnref-%s" '
                       'data-footnote-backref="" aria-label="Back to reference %d" '
                       'class="data-footnote-backref">\u21a9</a></p>\n</li>'
                       % (fid, self.inline(self.fn_text[key]), fid, n))
        out += ["</ol>", "</section>"]
        return "\n".join(out)


HEAD = """<!DOCTYPE html>
<!-- saved from url=(%(urllen)04d)%(url)s -->
<html lang="en" data-color-mode="auto" data-light-theme="light" data-dark-theme="dark" data-a11y-animated-images="system" data-a11y-link-underlines="true" data-turbo-loaded=""><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
    <link rel="dns-prefetch" href="https://github.githubassets.com/">
    <link rel="dns-prefetch" href="https://avatars.githubusercontent.com/">
    <link rel="dns-prefetch" href="https://github-cloud.s3.amazonaws.com/">
    <link rel="dns-prefetch" href="https://user-images.githubusercontent.com/">
    <link rel="preconnect" href="https://github.githubassets.com/" crossorigin="">
    <link rel="preconnect" href="https://avatars.githubusercontent.com/">

  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/light-6448649c7649.css"><link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/dark-1e8d1e3f7f4c.css"><link data-color-theme="dark_dimmed" crossorigin="anonymous" media="all" rel="stylesheet" data-href="https://github.githubassets.com/assets/dark_dimmed-9a5c1d8b4e02.css">
    <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-primitives-225433424a87.css">
    <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/primer-0e3420bbec16.css">
    <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/global-ddba1a4f1c2a.css">
    <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/github-4c2a5e3f4b41.css">
  <link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/repository-4fce88777fa8.css">
<link crossorigin="anonymous" media="all" rel="stylesheet" href="https://github.githubassets.com/assets/wiki-d5d94a1e4b4b.css">

  <script type="application/json" id="client-env">{"locale":"en","featureFlags":["a11y_status_checks_ruleset","action_yml_language_service","alternate_user_config_repo","copilot_immersive_issue_preview","copilot_new_references_ui","copilot_spaces_support_forks","dotcom_chat_client_side_skills","global_nav_react","issues_react_new_timeline","markdown_alerts_sr_only","primer_react_select_panel_with_modern_action_list","remove_child_patch","wiki_sidebar_toc"]}</script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wp-runtime-1b2d6f0c8a9e.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/vendors-node_modules_oddbird_popover-polyfill_dist_popover_js-9da652f58479.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/environment-3c14dd7a4f1f.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/github-elements-7b2e9a5f03c4.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/behaviors-5d7c0c7f1a0a.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/notifications-global-e2a40a6d5f1b.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/app_assets_modules_github_wiki_ts-7f3b1c2d9e10.js"></script>
<script crossorigin="anonymous" defer="defer" type="application/javascript" src="https://github.githubassets.com/assets/wiki-0f6e3d2b8a71.js"></script>
  <title>%(title)s · %(owner)s/%(repo)s Wiki · GitHub</title>

  <meta name="route-pattern" content="/:user_id/:repository/wiki/:id(.:format)" data-turbo-transient="">
  <meta name="route-controller" content="wiki" data-turbo-transient="">
  <meta name="route-action" content="show" data-turbo-transient="">
  <meta name="fetch-nonce" content="v2:5f0d8c3e-2a71-7b4e-91c3-0d6a2e4b8f17">

    <meta name="current-catalog-service-hash" content="4a1c0d2e7b3b9d5f6c8e1a4b2d9f0e3c7a5b6d8e9f0a1b2c3d4e5f6a7b8c9d0e">

  <meta name="request-id" content="C4B2:3F1A9:1E8B2C4:1F3A9D2:68A2037D" data-pjax-transient="true"><meta name="html-safe-nonce" content="9b2e5d4c1f8a7e6d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d" data-pjax-transient="true"><meta name="visitor-payload" content="eyJyZWZlcnJlciI6IiIsInJlcXVlc3RfaWQiOiJDNEIyOjNGMUE5OjFFOEIyQzQ6MUYzQTlEMjo2OEEyMDM3RCIsInZpc2l0b3JfaWQiOiI0NDE2MzkyMjc1ODMxMDQ3NzE2IiwicmVnaW9uX2VkZ2UiOiJjZW50cmFsaW5kaWEiLCJyZWdpb25fcmVuZGVyIjoiaWFkIn0=" data-pjax-transient="true"><meta name="github-keyboard-shortcuts" content="repository,wiki" data-turbo-transient="true">

<meta name="selected-link" value="repo_wiki" data-turbo-transient="">
  <link rel="assets" href="https://github.githubassets.com/">

    <meta name="google-site-verification" content="Apib7-x98H0j5cPqHWwSMm6dNU4GmODRoqxLiDzdx9I">

<meta name="octolytics-url" content="https://collector.github.com/github/collect"><meta name="octolytics-actor-id" content="118024377"><meta name="octolytics-actor-login" content="%(user)s"><meta name="octolytics-actor-hash" content="3c6f1d9e0b8a2f7e4d5c6b1a0e9f8d7c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e">

  <meta name="analytics-location" content="/&lt;user-name&gt;/&lt;repo-name&gt;/wiki/show" data-turbo-transient="true">

    <meta name="user-login" content="%(user)s">

    <meta name="viewport" content="width=device-width">

      <meta name="description" content="%(description)s Contribute to %(owner)s/%(repo)s development by creating an account on GitHub.">

      <link rel="search" type="application/opensearchdescription+xml" href="https://github.com/opensearch.xml" title="GitHub">

    <link rel="fluid-icon" href="https://github.com/fluidicon.png" title="GitHub">
    <meta property="fb:app_id" content="1401488693436528">
    <meta name="apple-itunes-app" content="app-id=1477376905, app-argument=%(url)s">

      <meta name="twitter:image" content="https://opengraph.githubassets.com/0b1e7c2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c/%(owner)s/%(repo)s"><meta name="twitter:site" content="@github"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%(title)s"><meta name="twitter:description" content="%(description)s - %(owner)s/%(repo)s">
  <meta property="og:image" content="https://opengraph.githubassets.com/0b1e7c2d3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c/%(owner)s/%(repo)s"><meta property="og:image:alt" content="%(description)s - %(owner)s/%(repo)s"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="600"><meta property="og:site_name" content="GitHub"><meta property="og:type" content="object"><meta property="og:title" content="%(title)s"><meta property="og:url" content="https://github.com/%(owner)s/%(repo)s/wiki/%(page)s"><meta property="og:description" content="%(description)s - %(owner)s/%(repo)s">

      <meta name="hostname" content="github.com">

        <meta name="expected-hostname" content="github.com">

  <meta http-equiv="x-pjax-version" content="a8c2e4f61b3d5e7f9a0c2e4f6b8d0a1c3e5f7b9d1a3c5e7f9b1d3f5a7c9e1b3d" data-turbo-track="reload">
  <meta http-equiv="x-pjax-csp-version" content="e26f9f3a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e" data-turbo-track="reload">
  <meta http-equiv="x-pjax-css-version" content="5f1d2e3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4" data-turbo-track="reload">
  <meta http-equiv="x-pjax-js-version" content="c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1" data-turbo-track="reload">

  <meta name="turbo-cache-control" content="no-preview" data-turbo-transient="">

      <meta name="go-import" content="github.com/%(owner)s/%(repo)s git https://github.com/%(owner)s/%(repo)s.git">

  <meta name="octolytics-dimension-user_id" content="118024377"><meta name="octolytics-dimension-user_login" content="%(owner)s"><meta name="octolytics-dimension-repository_id" content="812447093"><meta name="octolytics-dimension-repository_nwo" content="%(owner)s/%(repo)s"><meta name="octolytics-dimension-repository_public" content="true"><meta name="octolytics-dimension-repository_is_fork" content="false"><meta name="octolytics-dimension-repository_network_root_id" content="812447093"><meta name="octolytics-dimension-repository_network_root_nwo" content="%(owner)s/%(repo)s">

    <meta name="turbo-body-classes" content="logged-in env-production page-responsive">

  <meta name="browser-stats-url" content="https://api.github.com/_private/browser/stats">
  <meta name="browser-errors-url" content="https://api.github.com/_private/browser/errors">

  <link rel="mask-icon" href="https://github.githubassets.com/assets/pinned-octocat-093da3e6fa40.svg" color="#000000">
  <link rel="alternate icon" class="js-site-favicon" type="image/png" href="https://github.githubassets.com/favicons/favicon.png">
  <link rel="icon" class="js-site-favicon" type="image/svg+xml" href="https://github.githubassets.com/favicons/favicon.svg" data-base-href="https://github.githubassets.com/favicons/favicon">

<meta name="theme-color" content="#1e2327">
<meta name="color-scheme" content="light dark">

  <link rel="manifest" href="https://github.com/manifest.json" crossorigin="use-credentials">

  </head>
"""


def build():
    meta, page_md, side_md, foot_md = read_source()
    r = Renderer(meta)
    base = r.base
    url = "https://github.com%s/wiki/%s" % (base, meta["page"])
    body_html = r.blocks(page_md)
    fns = r.footnotes()
    page_headings = list(r.headings)
    side_html = Renderer(meta).blocks(side_md)
    foot_html = Renderer(meta).blocks(foot_md)
    esc = lambda s: html.escape(s, quote=True).replace("&#x27;", "'")
    v = dict(meta, url=url, urllen=len(url), title=esc(meta["title"]),
             description=esc(meta["description"]))
    out = [HEAD % v]

    tab = lambda tid, href, icon, label, counter, sel: (
        '      <li data-view-component="true" class="d-inline-flex">\n'
        '  <a id="%s" href="%s" data-tab-item="i%s" data-pjax="#repo-content-pjax-container" '
        'data-turbo-frame="repo-content-turbo-frame" data-analytics-event="{&quot;category&quot;:&quot;Underline '
        'navbar&quot;,&quot;action&quot;:&quot;Click tab&quot;,&quot;label&quot;:&quot;%s&quot;,&quot;target&quot;:'
        '&quot;UNDERLINE_NAV.TAB&quot;}"%s data-view-component="true" class="UnderlineNav-item no-wrap '
        'js-responsive-underlinenav-item js-selected-navigation-item%s">\n'
        '    %s\n        <span data-content="%s">%s</span>\n'
        '          <span id="%s-repo-tab-count" data-pjax-replace="" data-turbo-replace="" title="%s" '
        'data-view-component="true" class="Counter%s">%s</span>\n\n\n'
        '    \n</a></li>\n' % (tid, href, tid, label, ' aria-current="page"' if sel else "",
                             " selected" if sel else "",
                             svg(icon, "UnderlineNav-octicon d-none d-sm-inline"), label, label,
                             tid.replace("-tab", ""), counter or "Not available",
                             "" if counter else " d-none", counter))

    out.append("""  <body class="logged-in env-production page-responsive" style="overflow-wrap: break-word;">
    <div data-turbo-body="" class="logged-in env-production page-responsive" style="word-wrap: break-word;">



    <div class="position-relative header-wrapper js-header-wrapper ">
      <a href="#start-of-content" data-skip-target-assigned="false" class="px-2 py-4 color-bg-accent-emphasis color-fg-on-emphasis show-on-focus js-skip-to-content">Skip to content</a>

      <span data-view-component="true" class="progress-pjax-loader Progress position-fixed width-full">
    <span style="width: 0%%;" data-view-component="true" class="Progress-item progress-pjax-loader-bar left-0 top-0 color-bg-accent-emphasis"></span>
</span>

<header class="AppHeader" role="banner">
  <h2 class="sr-only">Navigation Menu</h2>

    <div class="AppHeader-globalBar pb-2 js-global-bar">
      <div class="AppHeader-globalBar-start responsive-context-region">
          <deferred-side-panel data-url="/_side-panels/global">
  <include-fragment data-target="deferred-side-panel.fragment">
      <button aria-label="Open global navigation menu" data-action="click:deferred-side-panel#loadPanel click:deferred-side-panel#panelOpened" data-show-dialog-id="dialog-5c1f0e2a-7d3b-4a6e-9b8c-1d2e3f4a5b6c" id="dialog-show-dialog-5c1f0e2a-7d3b-4a6e-9b8c-1d2e3f4a5b6c" type="button" data-view-component="true" class="Button Button--iconOnly Button--secondary Button--medium AppHeader-button p-0 color-fg-muted">  %(bars)s
</button>
  </include-fragment>
</deferred-side-panel>

        <a class="AppHeader-logo ml-1" href="https://github.com/" data-hotkey="g d" aria-label="Homepage " data-turbo="false" data-analytics-event="{&quot;category&quot;:&quot;Header&quot;,&quot;action&quot;:&quot;go to dashboard&quot;,&quot;label&quot;:&quot;icon:logo&quot;}">
          %(logo)s
        </a>

          <context-region-controller class="AppHeader-context" data-catalyst="">
            <div class="AppHeader-context-full">
              <nav role="navigation" aria-label="Page context">
                <ul role="list" class="list-style-none">
    <li>
      <context-region-crumb data-label="%(owner)s" data-href="/%(owner)s" data-catalyst="">
        <a class="AppHeader-context-item" href="https://github.com/%(owner)s" data-hovercard-type="user" data-hovercard-url="/users/%(owner)s/hovercard" data-octo-click="hovercard-link-click" data-octo-dimensions="link_type:self">
          <span class="AppHeader-context-item-label">%(owner)s</span>
        </a>
          <span class="AppHeader-context-item-separator">/</span>
      </context-region-crumb>
    </li>
    <li>
      <context-region-crumb data-label="%(repo)s" data-href="/%(owner)s/%(repo)s" data-catalyst="">
        <a class="AppHeader-context-item" href="https://github.com/%(owner)s/%(repo)s">
          <span class="AppHeader-context-item-label">%(repo)s</span>
        </a>
      </context-region-crumb>
    </li>
                </ul>
              </nav>
            </div>
          </context-region-controller>
      </div>
      <div class="AppHeader-globalBar-end">
          <div class="AppHeader-search">
              <qbsearch-input class="search-input" data-scope="repo:%(owner)s/%(repo)s" data-custom-scopes-path="/search/custom_scopes" data-delete-custom-scopes-csrf="" data-max-custom-scopes="10" data-header-redesign-enabled="true" data-initial-value="" data-blackbird-suggestions-path="/search/suggestions" data-jump-to-suggestions-path="/_graphql/GetSuggestedNavigationDestinations" data-current-repository="%(owner)s/%(repo)s" data-current-org="" data-current-owner="%(owner)s" data-logged-in="true" data-copilot-chat-enabled="true" data-nl-search-enabled="false" data-retain-scroll-position="true" data-catalyst="">
  <div class="search-input-container search-with-dialog position-relative d-flex flex-row flex-items-center height-auto color-bg-transparent border-0 color-fg-subtle mx-0" data-action="click:qbsearch-input#searchInputContainerClicked">
      <button type="button" class="header-search-button placeholder  input-button form-control d-flex flex-1 flex-self-stretch flex-items-center no-wrap width-full py-0 pl-2 pr-0 text-left border-0 box-shadow-none" data-target="qbsearch-input.inputButton" aria-label="Search or jump to…" aria-haspopup="dialog" placeholder="Search or jump to..." data-hotkey="s,/" autocapitalize="off" data-analytics-event="{&quot;location&quot;:&quot;navbar&quot;,&quot;action&quot;:&quot;searchbar&quot;,&quot;context&quot;:&quot;global&quot;,&quot;tag&quot;:&quot;input&quot;,&quot;label&quot;:&quot;searchbar_input_global_navbar&quot;}" data-action="click:qbsearch-input#handleExpand">
        <div class="mr-2 color-fg-muted">
          %(search)s
        </div>
        <span class="flex-1" data-target="qbsearch-input.inputButtonText">Type <kbd class="AppHeader-search-kbd">/</kbd> to search</span>
      </button>
  </div>
</qbsearch-input>
          </div>

          <div class="AppHeader-actions position-relative">
             <action-menu data-select-variant="none" data-view-component="true" data-catalyst="">
  <focus-group direction="vertical" mnemonics="" retain="">
    <button id="global-create-menu-anchor" aria-label="Create something new" popovertarget="global-create-menu-overlay" aria-controls="global-create-menu-list" aria-haspopup="true" type="button" data-view-component="true" class="AppHeader-button Button--secondary Button--small Button width-auto color-fg-muted">  <span class="Button-content">
      <span class="Button-visual Button-leadingVisual">
        %(plus)s
      </span>
      <span class="Button-label">%(tri)s</span>
  </span>
</button>
  </focus-group>
</action-menu>

              <a href="https://github.com/issues" data-analytics-event="{&quot;location&quot;:&quot;navbar&quot;,&quot;action&quot;:&quot;issues&quot;,&quot;context&quot;:&quot;global&quot;,&quot;tag&quot;:&quot;icon&quot;,&quot;label&quot;:&quot;issues_icon&quot;}" id="icon-button-issues" aria-labelledby="tooltip-issues" data-view-component="true" class="Button Button--iconOnly Button--secondary Button--medium AppHeader-button color-fg-muted">  %(issue)s
</a><tool-tip id="tooltip-issues" for="icon-button-issues" popover="manual" data-direction="s" data-type="label" data-view-component="true" class="sr-only position-absolute" aria-hidden="true" role="tooltip">Your issues</tool-tip>

              <a href="https://github.com/pulls" id="icon-button-pulls" aria-labelledby="tooltip-pulls" data-view-component="true" class="Button Button--iconOnly Button--secondary Button--medium AppHeader-button color-fg-muted">  %(pr)s
</a><tool-tip id="tooltip-pulls" for="icon-button-pulls" popover="manual" data-direction="s" data-type="label" data-view-component="true" class="sr-only position-absolute" aria-hidden="true" role="tooltip">Your pull requests</tool-tip>
          </div>

          <notification-indicator data-channel="eyJjIjoibm90aWZpY2F0aW9uLWNoYW5nZWQ6MTE4MDI0Mzc3IiwidCI6MTc1NTQ0OTMzNn0=--2b9c0f1e8d7a6c5b4e3f2a1d0c9b8a7f6e5d4c3b" data-indicator-mode="none" data-tooltip-global="You have unread notifications" data-tooltip-unavailable="Notifications are unavailable at the moment." data-tooltip-none="You have no unread notifications" data-header-redesign-enabled="true" data-fetch-indicator-src="/notifications/indicator" data-fetch-indicator-enabled="true" data-view-component="true" class="js-socket-channel" data-catalyst="">
    <a id="AppHeader-notifications-button" href="https://github.com/notifications" aria-labelledby="notification-indicator-tooltip" data-hotkey="g n" data-target="notification-indicator.link" data-view-component="true" class="Button Button--iconOnly Button--secondary Button--medium AppHeader-button  color-fg-muted">  %(inbox)s
</a>
    <tool-tip id="notification-indicator-tooltip" data-target="notification-indicator.tooltip" for="AppHeader-notifications-button" popover="manual" data-direction="s" data-type="label" data-view-component="true" class="sr-only position-absolute" aria-hidden="true" role="tooltip">You have no unread notifications</tool-tip>
</notification-indicator>

          <div class="AppHeader-user">
            <deferred-side-panel data-url="/_side-panels/user?repository_id=812447093">
  <include-fragment data-target="deferred-side-panel.fragment">
    <react-partial-anchor>
      <button data-target="react-partial-anchor.anchor" data-login="%(user)s" aria-label="Open user navigation menu" type="button" data-view-component="true" class="cursor-wait Button--invisible Button--medium Button Button--invisible-noVisuals color-bg-transparent p-0">  <span class="Button-content">
    <span class="Button-label"><img src="https://avatars.githubusercontent.com/u/118024377?v=4" alt="" size="32" height="32" width="32" data-view-component="true" class="avatar circle"></span>
  </span>
</button>
    </react-partial-anchor>
  </include-fragment>
</deferred-side-panel>
          </div>

          <div class="position-absolute mt-2">
            <site-header-logged-in-user-menu>
            </site-header-logged-in-user-menu>
          </div>
      </div>
    </div>

      <div class="AppHeader-localBar">
          <nav data-pjax="#js-repo-pjax-container" aria-label="Repository" data-view-component="true" class="js-repo-nav js-sidenav-container-pjax js-responsive-underlinenav overflow-hidden UnderlineNav">

  <ul data-view-component="true" class="UnderlineNav-body list-style-none">
""" % dict(v, bars=svg("three-bars"), logo=svg("mark-github", size=32),
           search=svg("search"), plus=svg("plus"), tri=svg("triangle-down"),
           issue=svg("issue-opened", "Button-visual"), pr=svg("git-pull-request", "Button-visual"),
           inbox=svg("inbox", "Button-visual")))
    b = "https://github.com" + base
    out.append(tab("code-tab", b, "code", "Code", "", False))
    out.append(tab("issues-tab", b + "/issues", "issue-opened", "Issues", "2", False))
    out.append(tab("pull-requests-tab", b + "/pulls", "git-pull-request", "Pull requests", "", False))
    out.append(tab("actions-tab", b + "/actions", "play", "Actions", "", False))
    out.append(tab("projects-tab", b + "/projects", "table", "Projects", "", False))
    out.append(tab("wiki-tab", b + "/wiki", "book", "Wiki", "", True))
    out.append(tab("security-tab", b + "/security", "shield", "Security", "", False))
    out.append(tab("insights-tab", b + "/pulse", "graph", "Insights", "", False))
    out.append(tab("settings-tab", b + "/settings", "gear", "Settings", "", False))
    out.append("""</ul>
</nav>
      </div>
</header>


      <div hidden="hidden" data-view-component="true" class="js-stale-session-flash stale-session-flash flash flash-warn flash-full">

        %(alert)s
        <span class="js-stale-session-flash-signed-in" hidden="">You signed in with another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your session.</span>
        <span class="js-stale-session-flash-signed-out" hidden="">You signed out in another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your session.</span>
        <span class="js-stale-session-flash-switched" hidden="">You switched accounts on another tab or window. <a class="Link--inTextBlock" href="">Reload</a> to refresh your session.</span>

    <button id="icon-button-stale-flash" aria-labelledby="tooltip-stale-flash" type="button" data-view-component="true" class="Button Button--iconOnly Button--invisible Button--medium flash-close js-flash-close">  <span class="sr-only">Dismiss alert</span>
</button>
  </div>
    </div>

  <div id="start-of-content" class="show-on-focus"></div>

    <div id="js-flash-container" class="flash-container" data-turbo-replace="">
    </div>

  <div class="application-main " data-commit-hovercards-enabled="" data-discussion-hovercards-enabled="" data-issue-and-pr-hovercards-enabled="" data-project-hovercards-enabled="">
        <div itemscope="" itemtype="http://schema.org/SoftwareSourceCode" class="">
    <main id="js-repo-pjax-container">

  <div id="repository-container-header" class="pt-3 hide-full-screen" style="background-color: var(--page-header-bgColor, var(--color-page-header-bg));" data-turbo-replace="">

      <div class="d-flex flex-nowrap flex-justify-end mb-3  px-3 px-lg-5" style="gap: 1rem;">

        <div class="flex-auto min-width-0 width-fit">
            <div class=" d-flex flex-wrap flex-items-center wb-break-word f3 text-normal">
      %(repoicon)s
    <span class="author flex-self-stretch" itemprop="author">
      <a class="url fn" rel="author" data-hovercard-type="user" data-hovercard-url="/users/%(owner)s/hovercard" data-octo-click="hovercard-link-click" data-octo-dimensions="link_type:self" href="https://github.com/%(owner)s">
        %(owner)s
</a>    </span>
    <span class="mx-1 flex-self-stretch color-fg-muted">/</span>
    <strong itemprop="name" class="mr-2 flex-self-stretch">
      <a data-pjax="#repo-content-pjax-container" data-turbo-frame="repo-content-turbo-frame" href="https://github.com/%(owner)s/%(repo)s">%(repo)s</a>
    </strong>

    <span></span><span class="Label Label--secondary v-align-middle mr-1">Public</span>
  </div>


        </div>

        <div id="repository-details-container" class="flex-shrink-0" data-turbo-replace="" style="max-width: 70%%;">
            <ul class="pagehead-actions flex-shrink-0 d-none d-md-inline" style="padding: 2px 0;">
      <li>
          <a href="https://github.com/%(owner)s/%(repo)s/wiki/%(page)s#pin-repo" data-view-component="true" class="btn-sm btn">  %(pin)s Edit Pins
</a>
      </li>
      <li>
            <a href="https://github.com/%(owner)s/%(repo)s/subscription" aria-label="Watch or unwatch repository" data-view-component="true" class="btn-sm btn">  %(eye)s Unwatch
    <span id="repo-notifications-counter" data-target="notifications-list-subscription-form.socialCount" data-pjax-replace="true" data-turbo-replace="true" title="3" data-view-component="true" class="Counter">3</span>
</a>
      </li>
      <li>
            <a icon="repo-forked" id="fork-button" href="https://github.com/%(owner)s/%(repo)s/fork" data-view-component="true" class="btn-sm btn">  %(fork)s Fork
    <span id="repo-network-counter" data-pjax-replace="true" data-turbo-replace="true" title="5" data-view-component="true" class="Counter">5</span>
</a>
      </li>
      <li>
            <a href="https://github.com/%(owner)s/%(repo)s/stargazers" aria-label="Unstar this repository (12)" data-view-component="true" class="btn-sm btn">  %(star)s <span data-view-component="true" class="d-inline">
          Starred
</span>          <span id="repo-stars-counter-unstar" aria-label="12 users starred this repository" data-singular-suffix="user starred this repository" data-plural-suffix="users starred this repository" data-turbo-replace="true" title="12" data-view-component="true" class="Counter js-social-count">12</span>
</a>
      </li>
</ul>
        </div>
      </div>

  </div>

<turbo-frame id="repo-content-turbo-frame" target="_top" data-turbo-action="advance" class="">
    <div id="repo-content-pjax-container" class="repository-content ">

  <div class="clearfix container-xl px-md-4 px-lg-5 px-3">

  <div id="wiki-wrapper" class="page">
    <div class="d-flex flex-column flex-md-row gh-header">
      <h1 class="gh-header-title flex-auto min-width-0 mb-2 mb-md-0 mr-0 mr-md-2">%(title)s</h1>

        <div class="mt-0 mt-lg-1 flex-shrink-0 gh-header-actions">
            <a href="https://github.com/%(owner)s/%(repo)s/wiki/%(page)s/_edit" class="btn btn-sm">Edit</a>
          <a class="btn btn-sm btn-primary" href="https://github.com/%(owner)s/%(repo)s/wiki/_new">New page</a>
        </div>
    </div>

    <div class="mt-2 mt-md-1 pb-3 gh-header-meta">
      <a href="#wiki-pages-box" data-view-component="true" class="btn-link Link--muted mr-1 color-fg-muted">Jump to bottom</a>

      <div class="d-inline-block">
          <span class="text-bold">%(editor)s</span> edited this page <relative-time datetime="%(edited)s" class="no-wrap" title="%(edited_label)s, 10:12 PM GMT+5:30">%(edited_label)s</relative-time>
          · <a href="https://github.com/%(owner)s/%(repo)s/wiki/%(page)s/_history" class="Link--muted">%(revisions)s revisions</a>
      </div>
    </div>

    <div id="wiki-content" class="mt-4">
      <div data-view-component="true" class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end Layout--sidebarPosition-flowRow-end">
  <div data-view-component="true" class="Layout-main">      <div id="wiki-body" class="gollum-markdown-content">
        <div class="markdown-body">
""" % dict(v, alert=svg("alert") if "alert" in ICON else "", repoicon=svg("repo", "color-fg-muted mr-2"),
           pin=svg("pin", "mr-2"), eye=svg("eye", "mr-2"), fork=svg("repo-forked", "mr-2"),
           star=svg("star", "starred-button-icon d-inline-block mr-2")))
    out.append(body_html + "\n" + fns + "\n")
    out.append("""
        </div>

      </div>
        <div id="wiki-footer" class="mt-5 mb-0 wiki-footer gollum-markdown-content">
          <div data-view-component="true" class="Box Box--condensed color-bg-subtle color-shadow-small">
  <div data-view-component="true" class="Box-body  markdown-body">
            %s

</div>
</div>
        </div>
</div>
  <div data-view-component="true" class="Layout-sidebar">      <div class="wiki-rightbar">
        <nav id="wiki-pages-box" class="mb-4 wiki-pages-box js-wiki-pages-box" aria-labelledby="wiki-pages-box-heading">
  <div data-view-component="true" class="Box Box--condensed color-shadow-small">
    <div data-view-component="true" class="Box-header px-2 py-1 js-wiki-toggle-collapse" style="cursor: pointer">
      <h2 id="wiki-pages-box-heading" class="Box-title px-2">
        <button class="Box-btn-octicon wiki-pages-box-collapse-button btn-octicon js-wiki-sidebar-toggle-display mr-2" type="button" aria-label="Toggle page list">
          %s
        </button>
        Pages <span title="%d" data-view-component="true" class="Counter Counter--primary">%d</span>
      </h2>
</div>
    <div class=" filter-bar">
      <input type="text" id="wiki-pages-filter" class="form-control input-sm input-block js-filterable-field" placeholder="Find a page…" aria-label="Find a page…">
    </div>

    <ul class="m-0 p-0 list-style-none" data-filterable-for="wiki-pages-filter" data-filterable-type="substring" data-pjax="">
""" % (foot_html, svg("triangle-down"), len(r.pages), len(r.pages)))
    home = [p for p in r.pages if p == "Home"]
    rest = sorted([p for p in r.pages if p != "Home"], key=lambda p: p.lower())
    shown = 13
    for n, p in enumerate(home + rest):
        href = "https://github.com%s/wiki%s" % (base, "" if p == "Home" else "/" + p)
        more = " wiki-more-pages" if n >= shown else ""
        if p == meta["page"]:
            toc = "\n".join(
                '            <li class="ml-%d py-1"><a class="Truncate-text" href="%s#%s">%s</a></li>'
                % (2 * lvl - 2, href, sl, esc(text)) for lvl, text, sl in page_headings)
            out.append("""        <li class="Box-row px-2 py-2%s">
          <details class="details-reset" open="">
            <summary>
              <div class="d-flex flex-items-start">
                <div class="p-2 mt-n1 mb-n1 ml-n1 btn btn-octicon js-wiki-sidebar-toc-toggle-chevron-button" role="button" aria-label="Toggle table of contents">
                  %s
                </div>
                <span class="Truncate">
                  <a class="Truncate-text text-bold py-1" href="%s">%s</a>
                </span>
              </div>
            </summary>
            <ul class="list-style-none">
%s
            </ul>
          </details>
        </li>
""" % (more, svg("triangle-down", "js-wiki-sidebar-toc-toggle-chevron"), href, esc(page_title(p)), toc))
        else:
            out.append("""        <li class="Box-row px-2 py-2%s">
          <span class="Truncate">
            <a class="Truncate-text py-1" href="%s">%s</a>
          </span>
        </li>
""" % (more, href, esc(page_title(p))))
    out.append("""        <li class="Box-row wiki-more-pages-link">
          <button type="button" data-view-component="true" class="js-wiki-more-pages-link btn-link mx-auto f6">    Show %d more pages…
</button>
        </li>
    </ul>
</div>
</nav>
          <div class="gollum-markdown-content">
            <div data-view-component="true" class="Box Box--condensed mb-4">
  <div data-view-component="true" class="Box-body wiki-custom-sidebar markdown-body">
              %s

</div>
</div>
          </div>

        <h5 class="mt-0 mb-2">Clone this wiki locally</h5>

        <div class="width-full input-group">
          <input id="wiki-clone-url" type="text" data-autoselect="" class="form-control input-sm input-monospace" aria-label="Clone URL for this wiki" value="https://github.com/%s/%s.wiki.git" readonly="">
          <span class="input-group-button">
            <clipboard-copy for="wiki-clone-url" aria-label="Copy to clipboard" data-view-component="true" class="btn btn-sm zeroclipboard-button">
    %s
</clipboard-copy>
          </span>
        </div>
      </div>
</div>
</div>
    </div>
  </div>
</div>

  </div>

</turbo-frame>


    </main>
  </div>

  </div>

          <footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo">
  <h2 class="sr-only">Footer</h2>

  <div class="d-flex flex-justify-center flex-items-center flex-column-reverse flex-lg-row flex-wrap flex-lg-nowrap">
    <div class="d-flex flex-items-center flex-shrink-0 mx-2">
      <a aria-label="GitHub Homepage" class="footer-octicon mr-2" href="https://github.com/">
        %s
</a>
      <span>
        © 2025 GitHub,&nbsp;Inc.
      </span>
    </div>

    <nav aria-label="Footer">
        <h3 class="sr-only" id="sr-footer-heading">Footer navigation</h3>

        <ul class="list-style-none d-flex flex-justify-center flex-wrap mb-2 mb-lg-0" aria-labelledby="sr-footer-heading">

            <li class="mx-2">
              <a data-analytics-event="{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to Terms&quot;,&quot;label&quot;:&quot;text:terms&quot;}" href="https://docs.github.com/site-policy/github-terms/github-terms-of-service" data-view-component="true" class="Link--secondary Link">Terms</a>
            </li>

            <li class="mx-2">
              <a data-analytics-event="{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to privacy&quot;,&quot;label&quot;:&quot;text:privacy&quot;}" href="https://docs.github.com/site-policy/privacy-policies/github-privacy-statement" data-view-component="true" class="Link--secondary Link">Privacy</a>
            </li>

            <li class="mx-2">
              <a data-analytics-event="{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to security&quot;,&quot;label&quot;:&quot;text:security&quot;}" href="https://github.com/security" data-view-component="true" class="Link--secondary Link">Security</a>
            </li>

            <li class="mx-2">
              <a data-analytics-event="{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to status&quot;,&quot;label&quot;:&quot;text:status&quot;}" href="https://www.githubstatus.com/" data-view-component="true" class="Link--secondary Link">Status</a>
            </li>

            <li class="mx-2">
              <a data-analytics-event="{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to community&quot;,&quot;label&quot;:&quot;text:community&quot;}" href="https://github.community/" data-view-component="true" class="Link--secondary Link">Community</a>
            </li>

            <li class="mx-2">
              <a data-analytics-event="{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to docs&quot;,&quot;label&quot;:&quot;text:docs&quot;}" href="https://docs.github.com/" data-view-component="true" class="Link--secondary Link">Docs</a>
            </li>

            <li class="mx-2">
              <a data-analytics-event="{&quot;category&quot;:&quot;Footer&quot;,&quot;action&quot;:&quot;go to contact&quot;,&quot;label&quot;:&quot;text:contact&quot;}" href="https://support.github.com/?tags=dotcom-footer" data-view-component="true" class="Link--secondary Link">Contact</a>
            </li>

            <li class="mx-2">
  <cookie-consent-link data-catalyst="">
    <button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent" data-action="click:cookie-consent-link#showConsentManagement" data-analytics-event="{&quot;location&quot;:&quot;footer&quot;,&quot;action&quot;:&quot;cookies&quot;,&quot;context&quot;:&quot;subfooter&quot;,&quot;tag&quot;:&quot;link&quot;,&quot;label&quot;:&quot;cookies_link_subfooter_footer&quot;}">
       Manage cookies
    </button>
  </cookie-consent-link>
</li>

<li class="mx-2">
  <cookie-consent-link data-catalyst="">
    <button type="button" class="Link--secondary underline-on-hover border-0 p-0 color-bg-transparent" data-action="click:cookie-consent-link#showConsentManagement" data-analytics-event="{&quot;location&quot;:&quot;footer&quot;,&quot;action&quot;:&quot;dont_share_info&quot;,&quot;context&quot;:&quot;subfooter&quot;,&quot;tag&quot;:&quot;link&quot;,&quot;label&quot;:&quot;dont_share_info_link_subfooter_footer&quot;}">
      Do not share my personal information
    </button>
  </cookie-consent-link>
</li>

        </ul>
    </nav>
  </div>
</footer>



    <ghcc-consent id="ghcc" class="position-fixed bottom-0 left-0" style="z-index: 999999" data-locale="en" data-initial-cookie-consent-allowed="" data-cookie-consent-required="false" data-catalyst=""></ghcc-consent>


  <div id="ajax-error-message" class="ajax-error-message flash flash-error" hidden="">
    <button type="button" class="flash-close js-ajax-error-dismiss" aria-label="Dismiss error">
    </button>
    You can’t perform that action at this time.
  </div>

    <template id="site-details-dialog">
  <details class="details-reset details-overlay details-overlay-dark lh-default color-fg-default hx_rsm" open="">
    <summary role="button" aria-label="Close dialog"></summary>
    <details-dialog class="Box Box--overlay d-flex flex-column anim-fade-in fast hx_rsm-dialog hx_rsm-modal">
      <button class="Box-btn-octicon m-0 btn-octicon position-absolute right-0 top-0" type="button" aria-label="Close dialog" data-close-dialog="">
      </button>
      <div class="octocat-spinner my-6 js-details-dialog-spinner"></div>
    </details-dialog>
  </details>
</template>

    <div class="Popover js-hovercard-content position-absolute" style="display: none; outline: none;">
  <div class="Popover-message Popover-message--bottom-left Popover-message--large Box color-shadow-large" style="width:360px;">
  </div>
</div>

    <template id="snippet-clipboard-copy-button">
  <div class="zeroclipboard-container position-absolute right-0 top-0">
    <clipboard-copy aria-label="Copy" class="ClipboardButton btn js-clipboard-copy m-2 p-0" data-copy-feedback="Copied!" data-tooltip-direction="w">
    </clipboard-copy>
  </div>
</template>

    </div>
    <div id="js-global-screen-reader-notice" class="sr-only mt-n1" aria-live="polite" aria-atomic="true"></div>
    <div id="js-global-screen-reader-notice-assertive" class="sr-only mt-n1" aria-live="assertive" aria-atomic="true"></div>

</body></html>""" % (max(0, len(r.pages) - shown), side_html, meta["owner"], meta["repo"], svg("copy"),
                     svg("mark-github", size=24)))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


if __name__ == "__main__":
    build()
