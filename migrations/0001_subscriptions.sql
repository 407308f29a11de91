-- Reminder subscriptions: which chat follows which agency or province. A chat is its keyed hash (the name of
-- its ChatRoom object, which alone knows the chat's id); the label is the name as the user chose it.
CREATE TABLE IF NOT EXISTS subscriptions (
  chat TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('agency', 'province')),
  target TEXT NOT NULL,
  label TEXT NOT NULL,
  created TEXT NOT NULL,
  PRIMARY KEY (chat, kind, target)
);
CREATE INDEX IF NOT EXISTS subscriptions_target ON subscriptions (kind, target);
