-- The editors' changes to the FAQ. A revision holds every change since the FAQ as shipped (JSON, in order), so any
-- replica can build it, and any earlier one can be restored, from the row alone. The served revision is the one
-- published last (highest publication); every replica polls for it.
create sequence faq_publication;

create table faq_revision (
    id               bigserial    primary key,
    created_at       timestamptz  not null,
    created_by       varchar(64)  not null,
    state            varchar(16)  not null check (state in ('STAGED', 'PUBLISHED', 'DISCARDED')),
    summary          text         not null,
    changes          text         not null,
    -- the publication served when it was staged (0: the FAQ as shipped); publishing over a later one is refused
    based_on         bigint       not null,
    -- the check files' figures, served beside changed (JSON)
    figures          text         not null,
    publication      bigint       unique,
    published_at     timestamptz,
    published_by     varchar(64)
);

-- Who did what to the FAQ, and with which figures; never rewritten.
create table faq_audit (
    id          bigserial    primary key,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    action      varchar(16)  not null,
    revision_id bigint,
    summary     text         not null,
    figures     text
);

-- Questions (masked, as recorded) an editor has dealt with: they no longer show among those needing attention.
create table dismissed_question (
    question     text         primary key,
    dismissed_at timestamptz  not null,
    dismissed_by varchar(64)  not null
);
