-- Feedback on answers: each answer kept, and the votes on it. A vote is
-- kept under a salted hash of the voter, never a user ID.

CREATE TABLE feedback_answers (
	guild_id   text NOT NULL,
	answer_id  text NOT NULL,
	question   text NOT NULL,
	qkey       text NOT NULL,
	asked_at   timestamptz NOT NULL,
	shape      text NOT NULL,
	passages   text[] NOT NULL DEFAULT '{}',
	confidence double precision NOT NULL,
	refused    boolean NOT NULL,
	PRIMARY KEY (guild_id, answer_id)
);
-- Expiry deletes by age, across servers.
CREATE INDEX feedback_answers_asked_at ON feedback_answers (asked_at);

CREATE TABLE feedback_votes (
	guild_id  text NOT NULL,
	answer_id text NOT NULL,
	voter     text NOT NULL,
	up        boolean NOT NULL,
	note      text NOT NULL DEFAULT '',
	voted_at  timestamptz NOT NULL,
	PRIMARY KEY (guild_id, answer_id, voter),
	FOREIGN KEY (guild_id, answer_id) REFERENCES feedback_answers ON DELETE CASCADE
);
