-- The application's requests run as their own role (crosscheck_app, created by the embedded launcher; a DBA creates
-- it on an external server), apart from the owner that runs these migrations. That role may read and change the
-- newsroom's tables, but may only read and add to the audit log: neither UPDATE, DELETE nor TRUNCATE is granted, and
-- not being the owner it cannot switch off the triggers that guard the log either. Where the role does not exist the
-- application runs as the owner, and the triggers (V1) are the only guard.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'crosscheck_app') AND current_user <> 'crosscheck_app' THEN
        GRANT USAGE, CREATE ON SCHEMA public TO crosscheck_app;
        GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO crosscheck_app;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO crosscheck_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM crosscheck_app;
        -- Tables later migrations add are the application's to use like these.
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON TABLES TO crosscheck_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO crosscheck_app;
    END IF;
END
$$;
