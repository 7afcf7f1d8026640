//! Asynchronous GObject API over libvirt.
//!
//! Work in progress: connections and domains land after the configuration model.
