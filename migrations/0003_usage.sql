-- What the maintainers' report (/quan-tri) reads besides feedback. No chat ids, no time finer than a day.
-- Questions the plans do not answer: counted per day, folded text, province and channel. `folded` is the
-- question as the search folds it (so "Tỷ lệ…" and "ti le…" meet); `shown` the last wording, phone-like
-- digits masked. Deleted after 180 days by the daily cron.
CREATE TABLE IF NOT EXISTS unanswered (
  day TEXT NOT NULL,
  folded TEXT NOT NULL,
  shown TEXT NOT NULL,
  province TEXT NOT NULL DEFAULT '',
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'zalo', 'web', 'api')),
  count INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (day, folded, province, channel)
);

-- What people ask about: counts per day of the answer's intent, its first record (the topic) and province.
-- No question text. Deleted after 180 days.
CREATE TABLE IF NOT EXISTS asked (
  day TEXT NOT NULL,
  province TEXT NOT NULL DEFAULT '',
  intent TEXT NOT NULL,
  topic TEXT NOT NULL DEFAULT '',
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'zalo', 'web', 'api')),
  count INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (day, province, intent, topic, channel)
);

-- Each reminder the chat objects sent, or gave up on: the chat as the short hash its log lines use, the
-- reminder's key and first line (plan text). Deleted after 30 days.
CREATE TABLE IF NOT EXISTS reminder_deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  day TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'zalo')),
  chat TEXT NOT NULL,
  reminder TEXT NOT NULL,
  summary TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('sent', 'failed')),
  reason TEXT
);
CREATE INDEX IF NOT EXISTS reminder_deliveries_day ON reminder_deliveries (day);
