-- Graph request budgets shared by every replica: one row per bucket (listing, fetching), its state as Bucket4j
-- writes it. Only PostgreSQL stores use it; a store on H2 keeps its budgets in memory.
CREATE TABLE graph_request_budget (
    id         BIGINT PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
