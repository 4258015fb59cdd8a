-- ResponseCentre: the reminder table for Microsoft.Orleans.Reminders.AdoNet 10.4.x on PostgreSQL.
--
-- What the provider expects (learned from its sources and checked against the 10.4.2 assembly):
--   * A reminder is identified by ServiceId, GrainId (the grain id's string form) and
--     ReminderName. Its etag is an integer "Version" that changes on every upsert; a delete
--     names the version it saw and must only remove that version.
--   * Each silo owns a slice of the 32-bit hash ring and asks for the reminders of the grains
--     whose GrainHash falls in (BeginHash, EndHash]. Hashes are unsigned in .NET but arrive as
--     signed 32-bit integers (the same bits), and the provider has already worked out which of
--     two shapes the slice has in signed order:
--       ReadRangeRows1Key: BeginHash < EndHash, one interval  GrainHash > Begin AND GrainHash <= End
--       ReadRangeRows2Key: the slice wraps around (or is the whole ring when Begin = End):
--                          GrainHash > Begin OR GrainHash <= End
--   * Period arrives in milliseconds (as a 32-bit or a 64-bit integer, whichever fits) and is
--     read back as a 64-bit integer. StartTime arrives as a UTC DateTime (timestamptz).
--   * Rows are read back as GrainId, ReminderName, StartTime, Period, Version.
--
-- Parameters the 10.4.2 provider binds, per key:
--   ReadReminderRowsKey    ServiceId, GrainId
--   ReadReminderRowKey     ServiceId, GrainId, ReminderName
--   ReadRangeRows1Key      ServiceId, BeginHash, EndHash
--   ReadRangeRows2Key      ServiceId, BeginHash, EndHash
--   UpsertReminderRowKey   ServiceId, GrainHash, GrainId, ReminderName, StartTime, Period
--                          returns the new Version
--   DeleteReminderRowKey   ServiceId, GrainId, ReminderName, Version   returns one boolean
--   DeleteReminderRowsKey  ServiceId

CREATE TABLE IF NOT EXISTS rc_orleans_reminder
(
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    grain_hash    integer     NOT NULL,
    start_time    timestamptz NOT NULL,
    period_ms     bigint      NOT NULL,
    version       integer     NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- Each silo reads its slice of the ring by hash.
CREATE INDEX IF NOT EXISTS rc_orleans_reminder_by_hash
    ON rc_orleans_reminder (service_id, grain_hash);

SELECT rc_orleans_define_query('UpsertReminderRowKey', $q$
    INSERT INTO rc_orleans_reminder AS r
           (service_id, grain_id, reminder_name, grain_hash, start_time, period_ms, version)
    VALUES (@ServiceId, @GrainId, @ReminderName, @GrainHash, @StartTime, @Period, 0)
    ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
       SET grain_hash = EXCLUDED.grain_hash,
           start_time = EXCLUDED.start_time,
           period_ms = EXCLUDED.period_ms,
           version = r.version + 1
    RETURNING r.version AS "Version"
$q$);

SELECT rc_orleans_define_query('ReadReminderRowsKey', $q$
    SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
           period_ms AS "Period", version AS "Version"
      FROM rc_orleans_reminder
     WHERE service_id = @ServiceId AND grain_id = @GrainId
$q$);

SELECT rc_orleans_define_query('ReadReminderRowKey', $q$
    SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
           period_ms AS "Period", version AS "Version"
      FROM rc_orleans_reminder
     WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
$q$);

SELECT rc_orleans_define_query('ReadRangeRows1Key', $q$
    SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
           period_ms AS "Period", version AS "Version"
      FROM rc_orleans_reminder
     WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash
$q$);

SELECT rc_orleans_define_query('ReadRangeRows2Key', $q$
    SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
           period_ms AS "Period", version AS "Version"
      FROM rc_orleans_reminder
     WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$q$);

SELECT rc_orleans_define_query('DeleteReminderRowKey', $q$
    WITH removed AS (
        DELETE FROM rc_orleans_reminder
         WHERE service_id = @ServiceId AND grain_id = @GrainId
           AND reminder_name = @ReminderName AND version = @Version
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM removed)
$q$);

SELECT rc_orleans_define_query('DeleteReminderRowsKey', $q$
    DELETE FROM rc_orleans_reminder WHERE service_id = @ServiceId
$q$);
