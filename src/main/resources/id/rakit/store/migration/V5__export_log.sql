-- Rakit schema, version 4: every bundle written of a post, with the SHA-256 of its manifest, so
-- the Ekspor tab lists earlier bundles and tells whether each is still the one written.
CREATE TABLE export_log (
  id               INTEGER PRIMARY KEY,
  post_id          INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
  exported_at      TEXT    NOT NULL,
  folder           TEXT    NOT NULL,
  zip              TEXT,
  manifest_sha256  TEXT    NOT NULL,
  files            INTEGER NOT NULL
);

CREATE INDEX export_log_of_post ON export_log(post_id, exported_at);
