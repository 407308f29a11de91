/** How long the maintainers' report keeps what it counts: the daily cron deletes older rows. */

/** Days a not-found question and an asked-topic count are kept. */
export const USAGE_RETENTION_DAYS = 180;
/** Days a reminder delivery is kept: the report shows the last week. */
export const DELIVERY_RETENTION_DAYS = 30;
