-- One database role per service, owning its own schema and nothing else, so a service cannot read or
-- write another's tables. Run once per service as a superuser, with ${service} and ${password} replaced
-- (the local launcher does exactly this; in a cluster the bootstrap job does).
CREATE ROLE ${service} LOGIN PASSWORD '${password}';
GRANT CONNECT ON DATABASE ${database} TO ${service};
CREATE SCHEMA ${service} AUTHORIZATION ${service};
REVOKE ALL ON SCHEMA ${service} FROM PUBLIC;
