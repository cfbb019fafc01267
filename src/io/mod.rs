//! File and text formats. The only module that knows how geometry and records are written
//! outside the database.

pub mod wkt;
