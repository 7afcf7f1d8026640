//! Links the C ABI of the three libraries into one static archive. Nothing here but references
//! that keep each crate's exported functions in the archive; meson turns it into one ELF with
//! upstream's symbol versions.

pub use libvirt_gconfig;
pub use libvirt_glib;
pub use libvirt_gobject;
