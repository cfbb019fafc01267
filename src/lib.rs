//! Clearfield: the field database, geometry rules and command line of an offline app for
//! humanitarian clearance of cluster munitions and other explosive ordnance.
//!
//! See ARCHITECTURE.md for the map of modules and the rules they keep.

pub mod app;
pub mod cli;
pub mod demo;
pub mod estimate;
pub mod exchange;
pub mod generate;
pub mod geom;
pub mod hub;
pub mod i18n;
pub mod io;
pub mod live;
pub mod model;
pub mod report;
pub mod said;
pub mod status;
pub mod store;
pub mod versions;
