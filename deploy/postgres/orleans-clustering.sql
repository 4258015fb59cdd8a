-- ResponseCentre: cluster membership for Microsoft.Orleans.Clustering.AdoNet 10.4.x on PostgreSQL.
--
-- What the provider expects (learned from its sources and checked against the 10.4.2 assembly):
--   * One "table version" per cluster (the provider calls the cluster id DeploymentId). Every
--     change to a silo's row must move that version on by exactly one, and only when the caller
--     still holds the version it read (@Version): this is the optimistic concurrency the
--     membership protocol is built on. The version number is also every row's etag.
--   * Reads return the version together with the silo rows, from one snapshot, and return one
--     row with only "Version" filled in when the cluster has no silos yet (the provider takes a
--     row without "StartTime" to mean "no silo").
--   * Silo addresses arrive split in three: @Address (text), @Port, @Generation.
--   * Timestamps arrive as UTC DateTime values, which Npgsql sends as timestamptz.
--   * SuspectTimes is an opaque string the provider formats and parses itself.
--   * Status is the numeric SiloStatus (3 = Active, 6 = Dead).
--
-- Parameters the 10.4.2 provider binds, per key (there is no metadata/JSON parameter in 10.4.x):
--   InsertMembershipVersionKey       DeploymentId
--   MembershipReadAllKey             DeploymentId
--   MembershipReadRowKey             DeploymentId, Address, Port, Generation
--   InsertMembershipKey              DeploymentId, Address, Port, Generation, SiloName, HostName,
--                                    Status, ProxyPort, StartTime, IAmAliveTime, Version
--   UpdateMembershipKey              DeploymentId, Address, Port, Generation, Status,
--                                    SuspectTimes, IAmAliveTime, Version
--   UpdateIAmAlivetimeKey            DeploymentId, Address, Port, Generation, IAmAliveTime
--   GatewaysQueryKey                 DeploymentId, Status
--   DeleteMembershipTableEntriesKey  DeploymentId
--   CleanupDefunctSiloEntriesKey     DeploymentId, IAmAliveTime (the cutoff)
--   CleanupDefunctSiloEntryKey       (optional; when present the provider picks the dead rows
--                                    itself and deletes them one by one) DeploymentId, Address,
--                                    Port, Generation, SuspectTimes, StartTime, IAmAliveTime

CREATE TABLE IF NOT EXISTS rc_orleans_cluster_version
(
    cluster_id  text        NOT NULL PRIMARY KEY,
    version     integer     NOT NULL,
    changed_at  timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS rc_orleans_silo
(
    cluster_id      text        NOT NULL REFERENCES rc_orleans_cluster_version (cluster_id) ON DELETE CASCADE,
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          integer     NOT NULL,
    proxy_port      integer,
    suspect_times   text,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (cluster_id, address, port, generation)
);

-- Claims the cluster's version row for this transaction, but only if it still carries the
-- version the caller read. The row lock makes a concurrent writer wait and then re-check the
-- version it sees after ours commits, so exactly one of two racing writers gets through.
CREATE OR REPLACE FUNCTION rc_orleans_claim_cluster_version(p_cluster_id text, p_expected integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
BEGIN
    PERFORM 1
      FROM rc_orleans_cluster_version
     WHERE cluster_id = p_cluster_id AND version = p_expected
       FOR NO KEY UPDATE;
    RETURN FOUND;
END
$fn$;

CREATE OR REPLACE FUNCTION rc_orleans_advance_cluster_version(p_cluster_id text)
RETURNS void
LANGUAGE sql
AS $fn$
    UPDATE rc_orleans_cluster_version
       SET version = version + 1, changed_at = now()
     WHERE cluster_id = p_cluster_id;
$fn$;

-- A silo announces itself. The row goes in and the version moves on together, or neither
-- happens: a stale version or a silo already present leaves the table as it was.
CREATE OR REPLACE FUNCTION rc_orleans_add_silo(
    p_cluster_id text, p_address text, p_port integer, p_generation integer,
    p_silo_name text, p_host_name text, p_status integer, p_proxy_port integer,
    p_start_time timestamptz, p_i_am_alive_time timestamptz, p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF NOT rc_orleans_claim_cluster_version(p_cluster_id, p_expected_version) THEN
        RETURN false;
    END IF;

    INSERT INTO rc_orleans_silo (cluster_id, address, port, generation, silo_name, host_name,
                                 status, proxy_port, start_time, i_am_alive_time)
    VALUES (p_cluster_id, p_address, p_port, p_generation, p_silo_name, p_host_name,
            p_status, p_proxy_port, p_start_time, p_i_am_alive_time)
    ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    PERFORM rc_orleans_advance_cluster_version(p_cluster_id);
    RETURN true;
END
$fn$;

-- A silo's status or its suspicions change (joining, active, shutting down, declared dead...).
CREATE OR REPLACE FUNCTION rc_orleans_change_silo(
    p_cluster_id text, p_address text, p_port integer, p_generation integer,
    p_status integer, p_suspect_times text, p_i_am_alive_time timestamptz, p_expected_version integer)
RETURNS boolean
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF NOT rc_orleans_claim_cluster_version(p_cluster_id, p_expected_version) THEN
        RETURN false;
    END IF;

    UPDATE rc_orleans_silo
       SET status = p_status, suspect_times = p_suspect_times, i_am_alive_time = p_i_am_alive_time
     WHERE cluster_id = p_cluster_id AND address = p_address
       AND port = p_port AND generation = p_generation;
    IF NOT FOUND THEN
        RETURN false;
    END IF;

    PERFORM rc_orleans_advance_cluster_version(p_cluster_id);
    RETURN true;
END
$fn$;

SELECT rc_orleans_define_query('InsertMembershipVersionKey', $q$
    WITH created AS (
        INSERT INTO rc_orleans_cluster_version (cluster_id, version, changed_at)
        VALUES (@DeploymentId, 0, now())
        ON CONFLICT (cluster_id) DO NOTHING
        RETURNING 1
    )
    SELECT EXISTS (SELECT 1 FROM created)
$q$);

SELECT rc_orleans_define_query('MembershipReadAllKey', $q$
    SELECT v.version AS "Version",
           s.address AS "Address", s.port AS "Port", s.generation AS "Generation",
           s.silo_name AS "SiloName", s.host_name AS "HostName", s.status AS "Status",
           s.proxy_port AS "ProxyPort", s.suspect_times AS "SuspectTimes",
           s.start_time AS "StartTime", s.i_am_alive_time AS "IAmAliveTime"
      FROM rc_orleans_cluster_version v
      LEFT JOIN rc_orleans_silo s ON s.cluster_id = v.cluster_id
     WHERE v.cluster_id = @DeploymentId
$q$);

SELECT rc_orleans_define_query('MembershipReadRowKey', $q$
    SELECT v.version AS "Version",
           s.address AS "Address", s.port AS "Port", s.generation AS "Generation",
           s.silo_name AS "SiloName", s.host_name AS "HostName", s.status AS "Status",
           s.proxy_port AS "ProxyPort", s.suspect_times AS "SuspectTimes",
           s.start_time AS "StartTime", s.i_am_alive_time AS "IAmAliveTime"
      FROM rc_orleans_cluster_version v
      LEFT JOIN rc_orleans_silo s
             ON s.cluster_id = v.cluster_id AND s.address = @Address
            AND s.port = @Port AND s.generation = @Generation
     WHERE v.cluster_id = @DeploymentId
$q$);

SELECT rc_orleans_define_query('InsertMembershipKey', $q$
    SELECT rc_orleans_add_silo(@DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                               @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version)
$q$);

SELECT rc_orleans_define_query('UpdateMembershipKey', $q$
    SELECT rc_orleans_change_silo(@DeploymentId, @Address, @Port, @Generation, @Status,
                                  @SuspectTimes, @IAmAliveTime, @Version)
$q$);

-- Heartbeats are not membership changes: they leave the version alone.
SELECT rc_orleans_define_query('UpdateIAmAlivetimeKey', $q$
    UPDATE rc_orleans_silo
       SET i_am_alive_time = @IAmAliveTime
     WHERE cluster_id = @DeploymentId AND address = @Address
       AND port = @Port AND generation = @Generation
$q$);

SELECT rc_orleans_define_query('GatewaysQueryKey', $q$
    SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
      FROM rc_orleans_silo
     WHERE cluster_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$);

-- The silo rows go with their version row (ON DELETE CASCADE).
SELECT rc_orleans_define_query('DeleteMembershipTableEntriesKey', $q$
    DELETE FROM rc_orleans_cluster_version WHERE cluster_id = @DeploymentId
$q$);

-- Only dead silos are removed; a dead silo's row no longer takes part in the protocol, so its
-- removal does not move the version.
SELECT rc_orleans_define_query('CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM rc_orleans_silo
     WHERE cluster_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime
$q$);

-- The per-row form removes the row only if it is still exactly what the provider judged dead
-- (a row that has since been touched again is left for a later round).
SELECT rc_orleans_define_query('CleanupDefunctSiloEntryKey', $q$
    DELETE FROM rc_orleans_silo
     WHERE cluster_id = @DeploymentId AND address = @Address
       AND port = @Port AND generation = @Generation
       AND status = 6
       AND start_time = @StartTime AND i_am_alive_time = @IAmAliveTime
       AND suspect_times IS NOT DISTINCT FROM @SuspectTimes
$q$);
