-- The CQD building file: one row per network, in file order. A new file replaces all rows.

CREATE TABLE building_network (
    network_ip            VARCHAR(15)  NOT NULL,
    network_range         INT          NOT NULL,
    file_order            INT          NOT NULL,
    network_name          VARCHAR(255) NOT NULL,
    building_name         VARCHAR(255) NOT NULL,
    ownership_type        VARCHAR(255) NOT NULL,
    building_type         VARCHAR(255) NOT NULL,
    building_office_type  VARCHAR(255) NOT NULL,
    city                  VARCHAR(255) NOT NULL,
    zip_code              VARCHAR(255) NOT NULL,
    country               VARCHAR(255) NOT NULL,
    state                 VARCHAR(255) NOT NULL,
    region                VARCHAR(255) NOT NULL,
    inside_corp           BOOLEAN      NOT NULL,
    express_route         BOOLEAN      NOT NULL,
    vpn                   BOOLEAN      NOT NULL,
    PRIMARY KEY (network_ip, network_range)
);

-- One row that every replacement updates first: its row lock makes two replacements queue one after
-- the other instead of interleaving their deletes and inserts.
CREATE TABLE building_file (
    id           INT    PRIMARY KEY,
    generation   BIGINT NOT NULL
);

INSERT INTO building_file (id, generation) VALUES (1, 0);
