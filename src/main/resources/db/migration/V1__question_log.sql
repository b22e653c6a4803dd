-- What members asked and what they thought of the answers. Nothing personal is stored: the question text is
-- masked before it gets here, member facts are recorded by key only, and no LINE user id is kept.

create table answer_record (
    id           uuid primary key,
    asked_at     timestamptz  not null,
    channel      varchar(16)  not null,
    outcome      varchar(16)  not null,
    -- the item the member picked (a "did you mean" or follow-up button) instead of typing a question
    picked_id    varchar(64),
    best_id      varchar(64),
    score        double precision,
    candidate_ids text[]      not null,
    -- keys of the facts the member had told, and of those the answer asked for; never their values
    facts_given  text[]       not null,
    facts_asked  text[]       not null,
    question     text
);

create index answer_record_asked_at on answer_record (asked_at);
create index answer_record_outcome_asked_at on answer_record (outcome, asked_at);

create table feedback (
    answer_id uuid primary key references answer_record (id) on delete cascade,
    helpful   boolean      not null,
    reason    varchar(32),
    given_at  timestamptz  not null
);

-- staff who log in to the console: agents and editors
create table account (
    name          varchar(64)  primary key,
    password_hash varchar(200) not null,
    roles         varchar(200) not null,
    created_at    timestamptz  not null
);
