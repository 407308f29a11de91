-- What people say about answers: right, not right, or a reported error with a comment. A chat is its keyed
-- hash (null on the web); the question is stored as asked (phone-like digits masked), with the answer's
-- record ids and sources, so a maintainer can check it against the plan.
CREATE TABLE IF NOT EXISTS feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  day TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('telegram', 'zalo', 'web')),
  chat TEXT,
  verdict TEXT NOT NULL CHECK (verdict IN ('right', 'wrong', 'report')),
  question TEXT NOT NULL,
  comment TEXT,
  records TEXT NOT NULL,
  sources TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_day ON feedback (day);
