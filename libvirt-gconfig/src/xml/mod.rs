//! The DOM under the configuration objects: libxml2 documents and element handles.

mod compat;
mod document;
mod node;
mod typed;
pub mod sys;

pub use document::XmlDoc;
pub(crate) use document::last_xml_error;
pub use node::Node;
pub use typed::{enum_from_int, BoolStyle, XmlEnum};
pub use compat::parse_c_u64;
