-- An executive's contact list: customers they added from a session, to invite them later.
CREATE TABLE contacts (
    executive_id BIGINT NOT NULL REFERENCES executives (id),
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    added_at_ms BIGINT NOT NULL,
    PRIMARY KEY (executive_id, customer_id)
);
