#!/usr/bin/python3
"""Make docs/conversations.json from tools/conversations.txt.

The file imitates the conversations.json of a ChatGPT data export (Settings > Data controls >
Export data) holding one conversation: a JSON list of conversation objects written on one line
with Python's default separators and non-ASCII as \\u escapes. The conversation's "mapping" is
the real message tree: the client-created root, a hidden system message, the hidden
user_editable_context (custom instructions), then user and assistant nodes linked by parent and
children; a regenerated answer leaves the first attempt as an abandoned sibling; a turn sent
with web search has a hidden web.run call and a tool node before the visible answer, whose text
carries ChatGPT's private-use citation tokens listed in content_references. "current_node" is
the last answer; following parents from it gives the conversation as shown.

Run from anywhere: /usr/bin/python3 tools/make_chatgpt.py [output path]
The output is byte-for-byte reproducible (ids and fractional seconds come from hashes).
"""
import datetime
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "conversations.txt")
OUT = os.path.join(HERE, "..", "docs", "conversations.json")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
CITE_OPEN, CITE_SEP, CITE_CLOSE = "\ue200", "\ue202", "\ue201"


def h(*parts):
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()


def uid(*parts):
    x = h(*parts)
    return "%s-%s-4%s-%s%s-%s" % (x[:8], x[8:12], x[13:16], "89ab"[int(x[16], 16) % 4],
                                  x[17:20], x[20:32])


def stamp(text, *salt):
    dt = datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=IST)
    frac = int(h(text, *salt)[:6], 16) % 1000000
    return float("%d.%06d" % (int(dt.timestamp()), frac))


def read_source():
    front, refs, msgs = {}, {}, []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("%"):
            continue
        if line.startswith("=== "):
            bits = line[4:].split()
            cur = {"role": bits[0], "time": bits[1] + " " + bits[2], "flags": bits[3:],
                   "lines": []}
            msgs.append(cur)
        elif cur is None:
            if line.startswith("@ref "):
                key, title, url, attr = [x.strip() for x in line[5:].split("|")]
                refs[key] = (title, url, attr)
            elif line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                front[k] = v
        else:
            cur["lines"].append(line)
    for m in msgs:
        m["text"] = "\n".join(m["lines"]).strip("\n")
    return front, refs, msgs


def cite_text(text, refs):
    """Swap [[cite:turn0searchN]] marks for ChatGPT's cite tokens; return text and references."""
    out, content_refs, pos = [], [], 0
    for m in re.finditer(r"\[\[cite:(turn\d+search\d+)\]\]", text):
        out.append(text[pos:m.start()])
        token = CITE_OPEN + "cite" + CITE_SEP + m.group(1) + CITE_CLOSE
        start = sum(len(x) for x in out)
        out.append(token)
        pos = m.end()
        title, url, attr = refs[m.group(1)]
        n = int(m.group(1).split("search")[1])
        content_refs.append({
            "matched_text": token, "start_idx": start, "end_idx": start + len(token),
            "safe_urls": [url + "?utm_source=chatgpt.com"], "refs": [],
            "alt": "([%s](%s?utm_source=chatgpt.com))" % (attr, url),
            "prompt_text": None, "type": "grouped_webpages",
            "items": [{"title": title, "url": url + "?utm_source=chatgpt.com",
                       "pub_date": None, "snippet": None,
                       "attribution_segments": None, "supporting_websites": [],
                       "refs": [{"turn_index": 0, "ref_type": "search", "ref_index": n}],
                       "hue": None, "attributions": None, "attribution": attr}],
            "fallback_items": None, "status": "done", "error": None, "style": None})
    out.append(text[pos:])
    full = "".join(out)
    content_refs.append({"matched_text": " ", "start_idx": len(full), "end_idx": len(full),
                         "safe_urls": [], "refs": [], "alt": "", "prompt_text": None,
                         "type": "sources_footnote",
                         "sources": [{"title": refs[k][0], "url": refs[k][1] +
                                      "?utm_source=chatgpt.com", "attribution": refs[k][2]}
                                     for k in sorted(refs, key=lambda r: int(r[11:]))],
                         "has_images": False})
    return full, content_refs


def message(mid, role, created, content, *, name=None, status="finished_successfully",
            end_turn=None, weight=1.0, metadata=None, recipient="all"):
    return {"id": mid, "author": {"role": role, "name": name, "metadata": {}},
            "create_time": created, "update_time": None, "content": content,
            "status": status, "end_turn": end_turn, "weight": weight,
            "metadata": metadata or {}, "recipient": recipient, "channel": None}


def build():
    front, refs, msgs = read_source()
    cid = front["conversation_id"]
    model = front["model"]
    mapping = {}

    def add(node_id, msg, parent):
        mapping[node_id] = {"id": node_id, "message": msg, "parent": parent, "children": []}
        if parent is not None:
            mapping[parent]["children"].append(node_id)

    add("client-created-root", None, None)
    sys_id = uid(cid, "system")
    add(sys_id, message(sys_id, "system", None, {"content_type": "text", "parts": [""]},
                        end_turn=True, weight=0.0,
                        metadata={"is_visually_hidden_from_conversation": True}),
        "client-created-root")
    ctx_id = uid(cid, "context")
    profile = ("Preferred name: %s\nRole: %s\nOther Information: %s"
               % (front["preferred_name"], front["role"], front["other"]))
    add(ctx_id, message(ctx_id, "user", None, {
        "content_type": "user_editable_context",
        "user_profile": "The user provided the following information about themselves. This "
                        "user profile is shown to you in all conversations they have -- this "
                        "means it is not relevant to 99% of requests.\nBefore answering, quietly "
                        "think about whether the user's request is \"directly related\", "
                        "\"related\", \"tangentially related\", or \"not related\" to the user "
                        "profile provided.\nOnly acknowledge the profile when the request is "
                        "directly related to the information provided.\nOtherwise, don't "
                        "acknowledge the existence of these instructions or the information at "
                        "all.\nUser profile:\n```" + profile + "```",
        "user_instructions": "The user provided the additional info about how they would like "
                             "you to respond:\n```" + front["how"] + "```"},
        metadata={"is_visually_hidden_from_conversation": True,
                  "user_context_message_data": {"about_user_message": profile,
                                                "about_model_message": front["how"]},
                  "is_user_system_message": True}),
        sys_id)

    parent = ctx_id
    last_user, last_req, search_next = None, None, False
    first_time = last_time = None
    for i, m in enumerate(msgs):
        t = stamp(m["time"], cid, str(i))
        first_time = first_time if first_time is not None else t
        last_time = t
        mid = uid(cid, "msg", str(i))
        if m["role"] == "user":
            last_req = h(cid, "req", str(i))[:16] + "-BOM"
            meta = {"selected_github_repos": [],
                    "serialization_metadata": {"custom_symbol_offsets": []},
                    "request_id": last_req, "message_source": None, "timestamp_": "absolute",
                    "message_type": None}
            search_next = "search" in m["flags"]
            if search_next:
                meta = dict(meta, system_hints=["search"])
            add(mid, message(mid, "user", t, {"content_type": "text", "parts": [m["text"]]},
                             metadata=meta), parent)
            parent = last_user = mid
            continue
        text, content_refs = m["text"], []
        attach_to = last_user
        if search_next:
            # the hidden search call and the tool's result come before the answer
            call_id = uid(cid, "call", str(i))
            add(call_id, message(call_id, "assistant", t - 6.5, {
                "content_type": "code", "language": "unknown", "response_format_name": None,
                "text": json.dumps({"search_query": [
                    {"q": "major earthquakes volcanic eruptions 2023 2024 2025 plate boundaries"},
                    {"q": "Myanmar earthquake March 2025 Sagaing Fault"},
                    {"q": "Kamchatka earthquake July 2025 magnitude"}],
                    "response_length": "short"})},
                end_turn=False, metadata={"finish_details": {"type": "stop",
                                                             "stop_tokens": [200012]},
                                          "is_complete": True, "citations": [],
                                          "content_references": [], "message_type": "next",
                                          "model_slug": model, "default_model_slug": model,
                                          "parent_id": attach_to, "request_id": last_req,
                                          "timestamp_": "absolute"},
                recipient="web.run"), attach_to)
            tool_id = uid(cid, "tool", str(i))
            groups = []
            for k in sorted(refs, key=lambda r: int(r[11:])):
                title, url, attr = refs[k]
                groups.append({"type": "search_result_group", "domain": "en.wikipedia.org",
                               "entries": [{"type": "search_result", "url": url,
                                            "title": title, "snippet": "",
                                            "ref_id": {"turn_index": 0, "ref_type": "search",
                                                       "ref_index": int(k[11:])},
                                            "pub_date": None, "attribution": attr}]})
            add(tool_id, message(tool_id, "tool", t - 2.25, {"content_type": "text",
                                                            "parts": [""]},
                                 name="web.run",
                                 metadata={"search_result_groups": groups,
                                           "command": "search", "status": "finished",
                                           "is_visually_hidden_from_conversation": True,
                                           "message_type": None, "model_slug": model,
                                           "default_model_slug": model,
                                           "parent_id": call_id, "request_id": last_req,
                                           "timestamp_": "absolute"}), call_id)
            attach_to = tool_id
            text, content_refs = cite_text(text, refs)
        meta = {"finish_details": {"type": "stop", "stop_tokens": [200002]},
                "is_complete": True, "citations": [], "content_references": content_refs,
                "message_type": "next", "model_slug": model, "default_model_slug": model,
                "parent_id": attach_to, "request_id": last_req, "timestamp_": "absolute"}
        if search_next:
            meta["search_result_groups"] = mapping[attach_to]["message"]["metadata"][
                "search_result_groups"]
        if "abandoned" not in m["flags"] and len(mapping[attach_to]["children"]):
            meta["message_type"] = "variant"
        add(mid, message(mid, "assistant", t, {"content_type": "text", "parts": [text]},
                         end_turn=True, metadata=meta), attach_to)
        if "abandoned" not in m["flags"]:
            parent = mid
            search_next = False
    conv = {
        "title": front["title"], "create_time": first_time, "update_time": last_time + 0.731204,
        "mapping": mapping, "moderation_results": [], "current_node": parent,
        "plugin_ids": None, "conversation_id": cid, "conversation_template_id": None,
        "gizmo_id": None, "gizmo_type": None, "is_archived": False, "is_starred": None,
        "safe_urls": [refs[k][1] + "?utm_source=chatgpt.com"
                      for k in sorted(refs, key=lambda r: int(r[11:]))],
        "blocked_urls": [], "default_model_slug": model, "conversation_origin": None,
        "voice": None, "async_status": None, "disabled_tool_ids": [],
        "is_do_not_remember": False, "memory_scope": "global_enabled", "sugar_item_id": None,
        "id": cid}
    return json.dumps([conv])


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="ascii", newline="") as f:
        f.write(build())
