//! The DOM under the configuration objects: libxml2 documents and element handles.

mod child_attr;
mod compat;
mod dict;
mod document;
mod end_tags;
mod edit;
mod entities;
mod node;
mod serialize;
mod typed;
mod tree;
mod cnum;
pub mod sys;

pub use document::XmlDoc;
pub(crate) use document::last_xml_error;
pub use node::Node;
pub use typed::{enum_from_int, BoolStyle, XmlEnum};
pub use cnum::strtoull;
pub use compat::parse_c_u64;
