//! The one integration test binary: every test runs the real `lpt` on a fresh database,
//! except `tidy`, which reads the source tree.

mod attack;
mod bench_smoke;
mod both_paths;
mod cf_props;
mod checkpoints;
mod collab;
mod common;
mod companies;
mod compliance;
mod confirm;
mod csv_props;
mod events;
mod find;
mod foundation;
mod hostile;
mod i18n;
mod inbox;
mod logins;
mod matrix;
mod operators;
mod personal;
mod power;
mod r15;
mod r15_legacy;
mod recorded;
mod registry;
mod reliability;
mod replay;
mod replay_fields;
mod review_rules;
mod streaming;
mod tables;
mod tidy;
mod xlsx;
