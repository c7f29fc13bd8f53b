-- Read models as plain SQL, for BI tools (Grafana, Metabase, psql). Views over the event store itself,
-- so they are always exactly as current as the events, need no rebuild, and keep superseded rows
-- (with what superseded them) for audit. Replace {schema} with the tracker's schema.

create or replace function {schema}.partial_date_start(value text) returns date
language sql immutable as $$
  select to_date(case length(value) when 4 then value || '-01-01' when 7 then value || '-01' else value end, 'YYYY-MM-DD')
$$;

create or replace function {schema}.partial_date_precision(value text) returns text
language sql immutable as $$
  select case length(value) when 4 then 'year' when 7 then 'month' else 'day' end
$$;

-- One row per statement: as first derived (statement_made), and as amended by an analyst (statement_corrected).
create or replace view {schema}.stance_statements as
with statements as (
  select e.seq_id, e.id as event_id, e.id as statement, e.stream_id, e.timestamp, e.data as s
  from {schema}.mt_events e where e.type = 'statement_made'
  union all
  select e.seq_id, e.id, (e.data->>'Statement')::uuid, e.stream_id, e.timestamp, e.data->'Amended'
  from {schema}.mt_events e where e.type = 'statement_corrected' and jsonb_typeof(e.data->'Amended') = 'object'
)
select
  st.event_id,
  st.statement,
  st.s->>'Actor' as actor,
  st.s->>'Territory' as territory,
  st.s->>'Stance' as stance,
  case st.s->>'Stance' {stance_dimensions} end as dimension,
  st.s->>'Date' as stated_on,
  {schema}.partial_date_precision(st.s->>'Date') as precision,
  {schema}.partial_date_start(st.s->>'Date') as stated_from,
  st.timestamp as recorded_at,
  st.s->>'Speaker' as speaker,
  st.s->>'SpeakerRole' as speaker_role,
  st.s->>'Quote' as quote,
  st.s->'Source'->>'Outlet' as outlet,
  st.stream_id as article,
  (st.s->'Source'->>'Published')::date as published,
  st.s->'Source'->>'DerivedBy' as derived_by,
  coalesce(co.superseded_by, re.superseded_by) as superseded_by,
  coalesce(co.superseded_at, re.superseded_at) as superseded_at
from statements st
left join lateral (
  select r.data->>'DerivedBy' as superseded_by, r.timestamp as superseded_at
  from {schema}.mt_events r
  where r.stream_id = st.stream_id and r.type = 'article_reextracted' and r.seq_id > st.seq_id
    and r.data->>'Superseded' = st.s->'Source'->>'DerivedBy'
  order by r.seq_id limit 1) re on true
left join lateral (
  select (case when jsonb_typeof(c.data->'Amended') = 'object' then 'amended by ' else 'retracted by ' end) || (c.data->>'Analyst') as superseded_by,
         c.timestamp as superseded_at
  from {schema}.mt_events c
  where c.stream_id = st.stream_id and c.type = 'statement_corrected' and c.seq_id > st.seq_id
    and (c.data->>'Statement')::uuid = st.statement
  order by c.seq_id limit 1) co on true;

-- One row per reported fact: annexations, referendums, control, talks and sanctions.
create or replace view {schema}.territorial_facts as
select
  e.id as event_id,
  case e.type when 'territory_annexed' then 'annexation' when 'referendum_held' then 'referendum'
    when 'control_reported' then 'control' when 'talks_held' then 'talks' when 'sanctions_imposed' then 'sanctions' end as kind,
  e.data->>'Territory' as territory,
  case e.type
    when 'territory_annexed' then e.data->>'By'
    when 'control_reported' then e.data->>'Controller'
    when 'talks_held' then (select string_agg(p, '+' order by p) from jsonb_array_elements_text(e.data->'Parties') p)
    when 'sanctions_imposed' then (select string_agg(p, '+' order by p) from jsonb_array_elements_text(e.data->'By') p)
  end as actor,
  case e.type when 'territory_annexed' then e.data->>'From' when 'sanctions_imposed' then e.data->>'Against' end as counterpart,
  e.data->>'Extent' as extent,
  coalesce(e.data->>'Result', e.data->>'Location', e.data->>'Reason') as detail,
  e.data->>'Format' as format,
  e.data->>'Date' as happened_on,
  {schema}.partial_date_precision(e.data->>'Date') as precision,
  {schema}.partial_date_start(e.data->>'Date') as happened_from,
  e.timestamp as recorded_at,
  e.data->'Source'->>'Outlet' as outlet,
  e.stream_id as article,
  (e.data->'Source'->>'Published')::date as published,
  e.data->'Source'->>'DerivedBy' as derived_by,
  re.superseded_by,
  re.superseded_at
from {schema}.mt_events e
left join lateral (
  select r.data->>'DerivedBy' as superseded_by, r.timestamp as superseded_at
  from {schema}.mt_events r
  where r.stream_id = e.stream_id and r.type = 'article_reextracted' and r.seq_id > e.seq_id
    and r.data->>'Superseded' = e.data->'Source'->>'DerivedBy'
  order by r.seq_id limit 1) re on true
where e.type in ('territory_annexed', 'referendum_held', 'control_reported', 'talks_held', 'sanctions_imposed');
