-- Rakit schema, version 3: full-text search of posts, and the admin's writing aids.

-- Every post's words: title, event, venue, unit and every caption text of every platform.
-- unicode61 with remove_diacritics 2 folds case and accents, so "perubahan" finds "Perubahan"
-- and "Hari Santri Nasional" finds "hári santri".
CREATE VIRTUAL TABLE post_text USING fts5(
  title, event, venue, unit, captions,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO post_text (rowid, title, event, venue, unit, captions)
SELECT p.id, p.title, p.event_name, p.venue, p.unit,
       coalesce((SELECT group_concat(k.text || ' ' || k.title || ' ' || k.first_comment, ' ')
                 FROM caption k WHERE k.post_id = p.id), '')
FROM post p;

CREATE TRIGGER post_text_after_insert AFTER INSERT ON post BEGIN
  INSERT INTO post_text (rowid, title, event, venue, unit, captions)
  VALUES (new.id, new.title, new.event_name, new.venue, new.unit, '');
END;

CREATE TRIGGER post_text_after_update AFTER UPDATE OF title, event_name, venue, unit ON post BEGIN
  UPDATE post_text SET title = new.title, event = new.event_name, venue = new.venue, unit = new.unit
  WHERE rowid = new.id;
END;

CREATE TRIGGER post_text_after_delete AFTER DELETE ON post BEGIN
  DELETE FROM post_text WHERE rowid = old.id;
END;

CREATE TRIGGER caption_text_after_insert AFTER INSERT ON caption BEGIN
  UPDATE post_text SET captions = coalesce((SELECT group_concat(k.text || ' ' || k.title || ' ' || k.first_comment, ' ')
                                            FROM caption k WHERE k.post_id = new.post_id), '')
  WHERE rowid = new.post_id;
END;

CREATE TRIGGER caption_text_after_update AFTER UPDATE OF text, title, first_comment ON caption BEGIN
  UPDATE post_text SET captions = coalesce((SELECT group_concat(k.text || ' ' || k.title || ' ' || k.first_comment, ' ')
                                            FROM caption k WHERE k.post_id = new.post_id), '')
  WHERE rowid = new.post_id;
END;

CREATE TRIGGER caption_text_after_delete AFTER DELETE ON caption BEGIN
  UPDATE post_text SET captions = coalesce((SELECT group_concat(k.text || ' ' || k.title || ' ' || k.first_comment, ' ')
                                            FROM caption k WHERE k.post_id = old.post_id), '')
  WHERE rowid = old.post_id;
END;

-- Hashtag sets, mention lists and closing lines, saved per unit ('' for every unit).
CREATE TABLE snippet (
  id          INTEGER PRIMARY KEY,
  kind        TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  text        TEXT    NOT NULL,
  unit        TEXT    NOT NULL DEFAULT '',
  position    INTEGER NOT NULL,
  updated_at  TEXT    NOT NULL
);

-- Caption templates the admin wrote; the example shipped with Rakit lives in its resources.
CREATE TABLE template (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL,
  text        TEXT    NOT NULL,
  updated_at  TEXT    NOT NULL
);

CREATE INDEX post_by_event ON post(event_start);
