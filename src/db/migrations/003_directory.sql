-- The sentra IKM directory: one row per cluster, keyed by a stable key derived from its place and name.
create table sentra (
  id bigserial primary key,
  key text not null unique,
  name text not null,
  province_code text not null,
  province text not null,
  regency_code text not null,
  regency text not null,
  district_code text,
  district text,
  village_code text,
  village text,
  product text not null,
  -- stems of the product and its category words, for synonym-aware search ("tas" finds "koper")
  product_terms text[] not null,
  kbli text,
  business_units integer check (business_units >= 0),
  workers integer check (workers >= 0),
  manager text,
  -- [{"name": "...", "year": 2021}]
  programmes jsonb not null default '[]',
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  source text not null,
  source_date date,
  synthetic boolean not null default false,
  row_hash text not null,
  updated_at timestamptz not null default now()
);
create index sentra_province on sentra (province_code);
create index sentra_regency on sentra (regency_code);
create index sentra_product_terms on sentra using gin (product_terms) with (fastupdate = off);
create index sentra_programmes on sentra using gin (programmes jsonb_path_ops);
create index sentra_units on sentra (business_units);
create index sentra_location on sentra (latitude, longitude) where latitude is not null;

-- Directory files imported at start-up (the shipped knowledge/direktori/*.csv), so an unchanged file is skipped.
create table directory_files (
  path text primary key,
  content_hash text not null,
  imported_at timestamptz not null default now()
);
