-- Rakit schema, version 3: what the admin decided about a post's bundle before writing it (the
-- platforms, Instagram's size, where each photo is cropped, what is left out, originals and zip),
-- kept as one JSON document per post: the export reads and writes it whole.
CREATE TABLE bundle_choice (
  post_id     INTEGER PRIMARY KEY REFERENCES post(id) ON DELETE CASCADE,
  choices     TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL
);
