-- One database per service (docker-compose.yml mounts this into the PostgreSQL container's init directory).
create database personnel;
create database supplies;
create database checkpoint;
