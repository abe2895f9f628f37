-- Each server's own notes: the documents its moderators added, as the
-- original files, and its settings.

-- The last change number given. Every change to any server's notes takes
-- the next one while holding this row's lock until it commits, so change
-- numbers commit in order: a process that has seen every change up to n
-- finds all later ones with seq > n.
CREATE TABLE notes_changes (
	only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
	seq      bigint NOT NULL
);
INSERT INTO notes_changes (seq) VALUES (0);

CREATE TABLE notes_guilds (
	guild_id       text PRIMARY KEY,
	seq            bigint NOT NULL,
	include_shared boolean NOT NULL DEFAULT true,
	documents      integer NOT NULL DEFAULT 0,
	updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_guilds_seq ON notes_guilds (seq);

CREATE TABLE notes_documents (
	guild_id      text NOT NULL REFERENCES notes_guilds ON DELETE CASCADE,
	doc_id        text NOT NULL,
	title         text NOT NULL,
	file_name     text NOT NULL,
	format        text NOT NULL,
	size          bigint NOT NULL,
	passages      integer NOT NULL,
	added_by      text NOT NULL DEFAULT '',
	added_by_name text NOT NULL DEFAULT '',
	added_at      timestamptz NOT NULL,
	sha256        text NOT NULL,
	data          bytea NOT NULL,
	PRIMARY KEY (guild_id, doc_id)
);
