-- Kalkan service schema. Content and detected values are never stored: findings appear only as
-- infoType counts and masked previews.

create table principals (
  id bigserial primary key,
  kind varchar(16) not null,
  name varchar(320) not null,
  created_at timestamptz not null default now(),
  suspended_at timestamptz,
  suspended_by varchar(320),
  suspension_reason varchar(1000),
  suspension_incident_id bigint,
  unique (kind, name)
);

create table users (
  principal_id bigint primary key references principals (id),
  username varchar(100) not null unique,
  password_hash varchar(200) not null,
  role varchar(32) not null,
  created_at timestamptz not null default now()
);

create table api_keys (
  id bigserial primary key,
  principal_id bigint not null references principals (id),
  name varchar(100) not null unique,
  role varchar(32) not null,
  key_prefix varchar(16) not null,
  secret_hash bytea not null unique,
  created_at timestamptz not null default now(),
  created_by varchar(320) not null,
  revoked_at timestamptz,
  revoked_by varchar(320)
);

create table policies (
  id bigserial primary key,
  name varchar(100) not null unique,
  created_at timestamptz not null default now(),
  active boolean not null default false,
  active_version integer
);

create unique index policies_one_active on policies (active) where active;

create table policy_versions (
  policy_id bigint not null references policies (id),
  version integer not null,
  yaml text not null,
  created_at timestamptz not null default now(),
  created_by varchar(320) not null,
  primary key (policy_id, version)
);

create table decisions (
  id uuid primary key,
  decided_at timestamptz not null,
  principal_id bigint not null,
  principal varchar(320) not null,
  caller varchar(320) not null,
  channel varchar(32) not null,
  destinations varchar(4000),
  classification varchar(16) not null,
  info_types text not null,
  finding_count integer not null,
  action varchar(16) not null,
  rule_name varchar(200),
  reason varchar(1000) not null,
  policy_id bigint,
  policy_version integer,
  incident_id bigint
);

create index decisions_by_time on decisions (decided_at desc);
create index decisions_by_principal on decisions (principal_id, decided_at desc);

create table incidents (
  id bigserial primary key,
  decision_id uuid not null,
  detected_at timestamptz not null,
  status varchar(16) not null,
  severity varchar(16) not null,
  classification varchar(16) not null,
  principal_id bigint not null references principals (id),
  principal varchar(320) not null,
  channel varchar(32) not null,
  destinations varchar(4000),
  action varchar(16) not null,
  rule_name varchar(200),
  reason varchar(1000) not null,
  policy_id bigint,
  policy_version integer,
  assignee varchar(100),
  findings_summary text not null,
  finding_count integer not null,
  amazon_information boolean not null,
  notification_deadline timestamptz,
  updated_at timestamptz not null
);

create index incidents_by_status on incidents (status, detected_at desc);

create table incident_events (
  id bigserial primary key,
  incident_id bigint not null references incidents (id),
  at timestamptz not null,
  kind varchar(32) not null,
  actor varchar(320) not null,
  text varchar(4000) not null
);

create index incident_events_by_incident on incident_events (incident_id, id);

create table alert_deliveries (
  id bigserial primary key,
  incident_id bigint,
  decision_id uuid not null,
  channel varchar(16) not null,
  target varchar(1000) not null,
  status varchar(16) not null,
  attempts integer not null,
  last_error varchar(1000),
  payload text not null,
  created_at timestamptz not null,
  updated_at timestamptz not null
);

create index alert_deliveries_by_status on alert_deliveries (status, id);
