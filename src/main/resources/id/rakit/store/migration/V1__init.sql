-- Rakit schema, version 1. Times are ISO-8601 text: instants in UTC ("...Z"),
-- local date-times without offset ("2024-09-17T09:00"), zones as IANA ids.

CREATE TABLE post (
  id            INTEGER PRIMARY KEY,
  title         TEXT    NOT NULL DEFAULT '',
  unit          TEXT    NOT NULL DEFAULT '',
  event_name    TEXT    NOT NULL DEFAULT '',
  event_start   TEXT,
  event_end     TEXT,
  event_zone    TEXT    NOT NULL DEFAULT 'Asia/Jakarta',
  venue         TEXT    NOT NULL DEFAULT '',
  venue_lat     REAL,
  venue_lon     REAL,
  status        TEXT    NOT NULL DEFAULT 'DRAFT',
  created_at    TEXT    NOT NULL,
  updated_at    TEXT    NOT NULL,
  exported_at   TEXT
);

CREATE TABLE caption (
  post_id     INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
  platform    TEXT    NOT NULL,
  text        TEXT    NOT NULL DEFAULT '',
  updated_at  TEXT    NOT NULL,
  PRIMARY KEY (post_id, platform)
);

-- One row per distinct file content in the media library (content-addressed by SHA-256).
CREATE TABLE media_file (
  sha256           TEXT    PRIMARY KEY,
  size_bytes       INTEGER NOT NULL,
  library_path     TEXT    NOT NULL,
  media_type       TEXT    NOT NULL,
  format           TEXT    NOT NULL,
  capture_local    TEXT,
  capture_instant  TEXT,
  capture_offset   TEXT,
  zone_source      TEXT,
  capture_source   TEXT,
  make             TEXT,
  model            TEXT,
  serial           TEXT,
  software         TEXT,
  orientation      INTEGER,
  width            INTEGER,
  height           INTEGER,
  duration_seconds REAL,
  rotation         INTEGER,
  gps_lat          REAL,
  gps_lon          REAL,
  gps_time         TEXT,
  modify_date      TEXT,
  camera_metadata  INTEGER NOT NULL DEFAULT 0,
  problems         TEXT    NOT NULL DEFAULT '',
  phash            INTEGER,
  imported_at      TEXT    NOT NULL
);

CREATE INDEX media_file_phash ON media_file(phash);

-- A file used as evidence in a post, with the verdict Rakit last reached for it.
CREATE TABLE evidence (
  id              INTEGER PRIMARY KEY,
  post_id         INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
  sha256          TEXT    NOT NULL REFERENCES media_file(sha256),
  original_name   TEXT    NOT NULL,
  original_path   TEXT    NOT NULL,
  position        INTEGER NOT NULL,
  verdict         TEXT,
  delta_minutes   INTEGER,
  flags           TEXT    NOT NULL DEFAULT '',
  accepted_reason TEXT,
  added_at        TEXT    NOT NULL,
  UNIQUE (post_id, sha256)
);

CREATE INDEX evidence_sha ON evidence(sha256);

-- "This camera runs 1 hour 5 minutes behind": remembered per camera for later imports.
CREATE TABLE camera_clock (
  camera_key     TEXT    PRIMARY KEY,
  make           TEXT    NOT NULL,
  model          TEXT    NOT NULL,
  serial         TEXT,
  offset_seconds INTEGER NOT NULL,
  updated_at     TEXT    NOT NULL
);

CREATE TABLE setting (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
