-- The platform's database. Services share the server and the database, never a schema.
CREATE DATABASE ${database};
