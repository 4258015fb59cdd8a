-- ResponseCentre: the query registry the Orleans ADO.NET providers (10.4.x) start from.
--
-- Each provider opens the database and runs exactly
--     SELECT QueryKey, QueryText FROM OrleansQuery
-- and from then on executes the texts it found, binding its values as named parameters
-- (@DeploymentId, @GrainIdHash, ...). The table name and its two columns are therefore fixed by
-- the providers; they are written unquoted so PostgreSQL folds them to lower case, which is what
-- the providers' unquoted SELECT looks for.
--
-- Every file in this folder is safe to apply again: tables and indexes are created only when
-- missing, functions are replaced, and each query text is inserted or overwritten by its key.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64)   NOT NULL PRIMARY KEY,
    QueryText varchar(8000) NOT NULL
);

-- Registers (or replaces) the text stored under one key; the other files call this for each query.
CREATE OR REPLACE FUNCTION rc_orleans_define_query(query_key text, query_text text)
RETURNS void
LANGUAGE sql
AS $fn$
    INSERT INTO OrleansQuery (QueryKey, QueryText)
    VALUES (query_key, query_text)
    ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
$fn$;
