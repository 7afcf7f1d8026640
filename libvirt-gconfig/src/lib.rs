//! A DOM-backed object model of libvirt's XML documents.
//!
//! Work in progress: the object core and the domain model land next.
