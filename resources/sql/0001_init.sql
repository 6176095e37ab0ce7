-- Turno's first schema. Portable SQL: SQLite and PostgreSQL both accept it once the Dialect
-- expands {{AUTO_ID}}. Times are BIGINT milliseconds since the epoch; booleans would be INTEGER 0/1.
-- No ';' inside literals: the migrator cuts statements at ';'.

CREATE TABLE customers (
    id {{AUTO_ID}},
    rut VARCHAR(12) NOT NULL UNIQUE,
    full_name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    wifi_ssid VARCHAR(64) NOT NULL DEFAULT '',
    plan VARCHAR(100) NOT NULL DEFAULT '',
    created_at_ms BIGINT NOT NULL
);

CREATE TABLE executives (
    id {{AUTO_ID}},
    username VARCHAR(64) NOT NULL UNIQUE,
    full_name VARCHAR(200) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role VARCHAR(16) NOT NULL DEFAULT 'executive' CHECK (role IN ('executive', 'supervisor')),
    created_at_ms BIGINT NOT NULL
);

-- The services an executive attends (their profile): internet, wifi, ...
CREATE TABLE executive_services (
    executive_id BIGINT NOT NULL REFERENCES executives (id) ON DELETE CASCADE,
    service VARCHAR(32) NOT NULL,
    PRIMARY KEY (executive_id, service)
);

-- Every request any user makes: log-ins, restarts, Wi-Fi changes, hand-overs, notes.
CREATE TABLE request_log (
    id {{AUTO_ID}},
    at_ms BIGINT NOT NULL,
    actor_kind VARCHAR(16) NOT NULL CHECK (actor_kind IN ('customer', 'executive', 'system')),
    actor VARCHAR(64) NOT NULL,
    action VARCHAR(64) NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    result VARCHAR(200) NOT NULL DEFAULT ''
);
CREATE INDEX request_log_by_actor ON request_log (actor_kind, actor, id);
CREATE INDEX request_log_by_time ON request_log (at_ms);

CREATE TABLE conversations (
    id {{AUTO_ID}},
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    executive_id BIGINT REFERENCES executives (id),
    started_at_ms BIGINT NOT NULL,
    ended_at_ms BIGINT
);
CREATE INDEX conversations_by_customer ON conversations (customer_id, started_at_ms);

-- sender/recipient are "customer:<RUT>", "executive:<username>" or "system".
-- client_message_id is chosen by the sending client; the constraint makes a resend harmless.
CREATE TABLE messages (
    id {{AUTO_ID}},
    conversation_id BIGINT NOT NULL REFERENCES conversations (id),
    at_ms BIGINT NOT NULL,
    sender VARCHAR(80) NOT NULL,
    recipient VARCHAR(80) NOT NULL,
    body TEXT NOT NULL,
    client_message_id VARCHAR(64),
    UNIQUE (sender, client_message_id)
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);

-- Small server state that must survive restarts (e.g. rolling handling-time statistics).
CREATE TABLE server_state (
    state_key VARCHAR(100) PRIMARY KEY,
    state_value TEXT NOT NULL,
    updated_at_ms BIGINT NOT NULL
);
