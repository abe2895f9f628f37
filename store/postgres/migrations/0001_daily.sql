-- The daily facts: one schedule per server, and the post in progress.

CREATE TABLE daily_schedules (
	guild_id      text PRIMARY KEY,
	channel_id    text NOT NULL,
	hour          smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
	minute        smallint NOT NULL CHECK (minute BETWEEN 0 AND 59),
	zone          text NOT NULL,
	source        text NOT NULL,
	enabled       boolean NOT NULL,
	since         timestamptz,
	paused        text NOT NULL DEFAULT '',
	handled       date,
	last_post     timestamptz,
	last_error    text NOT NULL DEFAULT '',
	last_error_at timestamptz,
	seed          bigint NOT NULL,
	cycle         integer NOT NULL,
	posted        text[] NOT NULL DEFAULT '{}',
	last_passage  text NOT NULL DEFAULT '',
	updated_at    timestamptz NOT NULL DEFAULT now()
);

-- The intent of a post: recorded before the fact is sent, with the nonce
-- it is sent with, and deleted when the post is marked done. Whichever
-- process leads sends it; a new leader reuses the nonce.
CREATE TABLE daily_intents (
	guild_id      text PRIMARY KEY REFERENCES daily_schedules ON DELETE CASCADE,
	local_date    date NOT NULL,
	nonce         text NOT NULL,
	passage_id    text NOT NULL,
	deadline      timestamptz NOT NULL,
	next_try      timestamptz NOT NULL,
	attempts      integer NOT NULL DEFAULT 0,
	sending_until timestamptz
);
