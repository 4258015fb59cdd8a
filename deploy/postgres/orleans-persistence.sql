-- ResponseCentre: grain state for Microsoft.Orleans.Persistence.AdoNet 10.4.x on PostgreSQL.
--
-- What the provider expects (learned from its sources and checked against the 10.4.2 assembly):
--   * A grain's state is identified by ServiceId, the grain type (GrainTypeString) and the grain
--     key, which arrives as two 64-bit numbers (GrainIdN0, GrainIdN1: a Guid's halves, or 0 and a
--     long key) plus an optional string (GrainIdExtensionString: a key extension, or the whole key
--     of a string-keyed grain; NULL when there is none). It also sends 32-bit hashes of the key
--     and of the type (GrainIdHash, GrainTypeHash) for the database to index on.
--   * The etag is an integer version. A write or clear names the version it last saw
--     (GrainStateVersion, NULL for a grain that has never been stored) and must be refused when
--     the stored version differs. The provider decides "refused" from the value returned: a NULL
--     or the version it sent means someone else got there first (InconsistentStateException).
--   * Reads return "PayloadBinary" (NULL when the state was cleared) and "Version"; no row at
--     all means the grain has never been stored. Only the binary payload column is read in 10.4.x.
--
-- Parameters the 10.4.2 provider binds, per key (all of them also bind ServiceId, GrainIdHash,
-- GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString):
--   ReadFromStorageKey   -                                 returns PayloadBinary, Version
--   WriteToStorageKey    GrainStateVersion, PayloadBinary  returns NewGrainStateVersion
--   ClearStorageKey      GrainStateVersion                 returns the new version (one column)
--   DeleteStorageKey     GrainStateVersion                 returns a value that is not the old
--                        version (used when AdoNetGrainStorageOptions.DeleteStateOnClear is set)
--
-- Needs PostgreSQL 15 or later (UNIQUE NULLS NOT DISTINCT). Keys and type names together must
-- stay under the ~2.7 kB a B-tree index entry can hold.

CREATE TABLE IF NOT EXISTS rc_orleans_grain_state
(
    id                 bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id         text        NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    grain_id_extension text,
    grain_id_hash      integer     NOT NULL,
    grain_type_hash    integer     NOT NULL,
    payload            bytea,
    version            integer     NOT NULL,
    modified_at        timestamptz NOT NULL,
    -- The identity of a stored state. The hashes are not part of it: should they ever be computed
    -- differently, a first write of an existing grain fails here instead of forking its state.
    CONSTRAINT rc_orleans_grain_state_identity
        UNIQUE NULLS NOT DISTINCT (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);

-- Lookups go through the hashes: a compact index that narrows to (almost always) one row, also
-- for string-keyed grains, whose numeric key parts are all zero.
CREATE INDEX IF NOT EXISTS rc_orleans_grain_state_by_hash
    ON rc_orleans_grain_state (grain_id_hash, grain_type_hash);

-- The row holding one grain's state, or NULL.
CREATE OR REPLACE FUNCTION rc_orleans_grain_state_row(
    p_service_id text, p_grain_type text, p_n0 bigint, p_n1 bigint, p_extension text,
    p_id_hash integer, p_type_hash integer)
RETURNS bigint
LANGUAGE sql
STABLE
AS $fn$
    SELECT id
      FROM rc_orleans_grain_state
     WHERE grain_id_hash = p_id_hash AND grain_type_hash = p_type_hash
       AND service_id = p_service_id AND grain_type = p_grain_type
       AND grain_id_n0 = p_n0 AND grain_id_n1 = p_n1
       AND grain_id_extension IS NOT DISTINCT FROM p_extension;
$fn$;

-- Stores a new payload; returns the new version, or NULL when the caller's version is stale.
CREATE OR REPLACE FUNCTION rc_orleans_write_grain_state(
    p_service_id text, p_grain_type text, p_n0 bigint, p_n1 bigint, p_extension text,
    p_id_hash integer, p_type_hash integer, p_expected_version integer, p_payload bytea)
RETURNS integer
LANGUAGE plpgsql
AS $fn$
DECLARE
    written integer;
BEGIN
    IF p_expected_version IS NULL THEN
        -- The caller has never seen this grain stored: only a first insert is acceptable.
        INSERT INTO rc_orleans_grain_state (service_id, grain_type, grain_id_n0, grain_id_n1,
                                            grain_id_extension, grain_id_hash, grain_type_hash,
                                            payload, version, modified_at)
        VALUES (p_service_id, p_grain_type, p_n0, p_n1, p_extension, p_id_hash, p_type_hash,
                p_payload, 1, now())
        ON CONFLICT ON CONSTRAINT rc_orleans_grain_state_identity DO NOTHING
        RETURNING version INTO written;
    ELSE
        UPDATE rc_orleans_grain_state
           SET payload = p_payload, version = version + 1, modified_at = now()
         WHERE id = rc_orleans_grain_state_row(p_service_id, p_grain_type, p_n0, p_n1, p_extension,
                                               p_id_hash, p_type_hash)
           AND version = p_expected_version
        RETURNING version INTO written;
    END IF;
    RETURN written;
END
$fn$;

-- Forgets the payload but keeps the row and moves its version on, so a grain that cleared its
-- state still has an etag to guard its next write with.
CREATE OR REPLACE FUNCTION rc_orleans_clear_grain_state(
    p_service_id text, p_grain_type text, p_n0 bigint, p_n1 bigint, p_extension text,
    p_id_hash integer, p_type_hash integer, p_expected_version integer)
RETURNS integer
LANGUAGE sql
AS $fn$
    UPDATE rc_orleans_grain_state
       SET payload = NULL, version = version + 1, modified_at = now()
     WHERE id = rc_orleans_grain_state_row(p_service_id, p_grain_type, p_n0, p_n1, p_extension,
                                           p_id_hash, p_type_hash)
       AND version = p_expected_version
    RETURNING version;
$fn$;

-- Removes the row altogether. The provider only needs a value different from the version it
-- sent (it forgets the etag afterwards), so the version the row would have had next is returned.
CREATE OR REPLACE FUNCTION rc_orleans_delete_grain_state(
    p_service_id text, p_grain_type text, p_n0 bigint, p_n1 bigint, p_extension text,
    p_id_hash integer, p_type_hash integer, p_expected_version integer)
RETURNS integer
LANGUAGE sql
AS $fn$
    DELETE FROM rc_orleans_grain_state
     WHERE id = rc_orleans_grain_state_row(p_service_id, p_grain_type, p_n0, p_n1, p_extension,
                                           p_id_hash, p_type_hash)
       AND version = p_expected_version
    RETURNING version + 1;
$fn$;

SELECT rc_orleans_define_query('ReadFromStorageKey', $q$
    SELECT payload AS "PayloadBinary", version AS "Version"
      FROM rc_orleans_grain_state
     WHERE id = rc_orleans_grain_state_row(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
                                           @GrainIdExtensionString, @GrainIdHash, @GrainTypeHash)
$q$);

SELECT rc_orleans_define_query('WriteToStorageKey', $q$
    SELECT rc_orleans_write_grain_state(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
                                        @GrainIdExtensionString, @GrainIdHash, @GrainTypeHash,
                                        @GrainStateVersion, @PayloadBinary) AS "NewGrainStateVersion"
$q$);

SELECT rc_orleans_define_query('ClearStorageKey', $q$
    SELECT rc_orleans_clear_grain_state(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
                                        @GrainIdExtensionString, @GrainIdHash, @GrainTypeHash,
                                        @GrainStateVersion) AS "Version"
$q$);

SELECT rc_orleans_define_query('DeleteStorageKey', $q$
    SELECT rc_orleans_delete_grain_state(@ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1,
                                         @GrainIdExtensionString, @GrainIdHash, @GrainTypeHash,
                                         @GrainStateVersion) AS "Version"
$q$);
