-- When each member of staff last logged out. The console's login cookie holds its own state (Quarkus's form login
-- keeps no session on the server), so a copy of it would work until it expires; a cookie issued before the name's
-- last logout is refused instead, on every replica. No foreign key: the demo users of the dev and test profiles are
-- not in table account.
create table account_logout (
    name          varchar(64) primary key,
    logged_out_at timestamptz not null
);
