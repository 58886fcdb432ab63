-- Rakit schema, version 2: the post as one aggregate. Each platform's variant of the caption
-- (its own title, body or first comment, whether it still follows the master, its own choice
-- of evidence), alt text per photo, every saved caption text as a revision, the statuses a
-- post moves through, the bin, and evidence taken out of a post without losing it.

ALTER TABLE post ADD COLUMN targets TEXT NOT NULL DEFAULT '';
ALTER TABLE post ADD COLUMN published_link TEXT;
ALTER TABLE post ADD COLUMN published_on TEXT;
ALTER TABLE post ADD COLUMN deleted_at TEXT;

CREATE INDEX post_listed ON post(deleted_at, updated_at);

-- caption.text is the body; the row for GENERAL is the master caption.
ALTER TABLE caption ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE caption ADD COLUMN first_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE caption ADD COLUMN follows_master INTEGER NOT NULL DEFAULT 1;
ALTER TABLE caption ADD COLUMN own_media INTEGER NOT NULL DEFAULT 0;

-- the master caption never follows anything
UPDATE caption SET follows_master = 0 WHERE platform = 'GENERAL';

-- A platform's own choice and order of evidence (when caption.own_media = 1).
CREATE TABLE caption_media (
  post_id      INTEGER NOT NULL,
  platform     TEXT    NOT NULL,
  evidence_id  INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  position     INTEGER NOT NULL,
  PRIMARY KEY (post_id, platform, evidence_id),
  FOREIGN KEY (post_id, platform) REFERENCES caption(post_id, platform) ON DELETE CASCADE
);

-- Alt text of a photo: for every platform (GENERAL) or one platform's own.
CREATE TABLE alt_text (
  evidence_id  INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
  platform     TEXT    NOT NULL,
  text         TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL,
  PRIMARY KEY (evidence_id, platform)
);

-- Every saved version of a caption text (field: BODY, TITLE, FIRST_COMMENT).
CREATE TABLE revision (
  id        INTEGER PRIMARY KEY,
  post_id   INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
  platform  TEXT    NOT NULL,
  field     TEXT    NOT NULL,
  text      TEXT    NOT NULL,
  saved_at  TEXT    NOT NULL,
  author    TEXT    NOT NULL DEFAULT ''
);

CREATE INDEX revision_of_caption ON revision(post_id, platform, field, id);

-- the captions written before this version become their first revision
INSERT INTO revision (post_id, platform, field, text, saved_at)
SELECT post_id, platform, 'BODY', text, updated_at FROM caption WHERE text <> '';

-- Evidence taken out of a post keeps its row (and its accepted reason) until imported again.
ALTER TABLE evidence ADD COLUMN removed_at TEXT;
