//! The C ABI of `libvirt-glib-1.0`: thin wrappers over the Rust API.
//!
//! The varargs functions live in `varargs.c` and call into `error.rs`.

mod error;
mod event;
mod main;
