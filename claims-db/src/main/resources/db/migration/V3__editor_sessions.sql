-- Sign-in sessions live in the database, not in a self-contained cookie, so that signing out, disabling an account
-- or a restart of one of several servers ends or keeps them for every server alike. The cookie holds a random
-- token; only its SHA-256 is stored, so a copy of this table opens no session.
CREATE TABLE app_session (
    token_hash   text        PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    user_id      bigint      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX app_session_user_idx ON app_session (user_id);
CREATE INDEX app_session_last_seen_idx ON app_session (last_seen_at);

-- A password someone else chose (the generated first administrator's, or one an admin set for a new colleague)
-- must be replaced by its owner before the account may do anything else.
ALTER TABLE app_user ADD COLUMN password_change_required boolean NOT NULL DEFAULT false;
