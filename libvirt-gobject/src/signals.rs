//! Signals whose default handler is a slot of the C class struct.
//!
//! libvirt-glib's signals have a slot in the class struct (`GVirDomainClass.started`, …) that a
//! C subclass or a Python `do_started` override fills in; GObject runs it as the signal's class
//! closure. glib-rs's signal builder has no such slot, so these signals are registered with
//! `g_signal_newv` and `g_signal_type_cclosure_new`, exactly as a C class would.

use std::ffi::CStr;

use glib::gobject_ffi;
use glib::translate::*;

/// Registers signal `name` on `itype`, with its default handler at `class_offset` of the class
/// struct, returning nothing and taking `params`. Called once, from the class initialiser.
pub(crate) fn register_with_class_slot(
    itype: glib::ffi::GType,
    name: &CStr,
    flags: glib::SignalFlags,
    class_offset: usize,
    params: &[glib::Type],
) {
    let mut params: Vec<glib::ffi::GType> = params.iter().map(|t| t.into_glib()).collect();
    // SAFETY: `itype` is the class being initialised, `class_offset` lies inside its class
    // struct (computed with offset_of!), and the parameter types are registered types. A NULL
    // marshaller selects GLib's generic one.
    unsafe {
        let closure = gobject_ffi::g_signal_type_cclosure_new(itype, class_offset as u32);
        gobject_ffi::g_signal_newv(
            name.as_ptr(),
            itype,
            flags.into_glib(),
            closure,
            None,
            std::ptr::null_mut(),
            None,
            gobject_ffi::G_TYPE_NONE,
            params.len() as u32,
            if params.is_empty() { std::ptr::null_mut() } else { params.as_mut_ptr() },
        );
    }
}

/// A signal resolved to numbers once, for emissions on a hot path (every libvirt event): by
/// name, each emission would look the name up in GObject's signal table under its global lock,
/// turn a detail string into a quark through the quark table, and (from Rust) wrap every
/// argument in a `GValue` first.
pub(crate) struct ResolvedSignal {
    id: u32,
    /// The quark of each detail, by the index libvirt numbers it with.
    details: Vec<glib::ffi::GQuark>,
}

impl ResolvedSignal {
    /// Signal `name` of `itype` (registered by its class_init, which `itype` being a live type
    /// guarantees has run), with the details `details` in libvirt's order.
    pub(crate) fn new(itype: glib::Type, name: &CStr, details: &[&'static CStr]) -> ResolvedSignal {
        // SAFETY: a NUL-terminated name and a registered type; the detail strings are static,
        // as g_quark_from_static_string requires.
        unsafe {
            let id = gobject_ffi::g_signal_lookup(name.as_ptr(), itype.into_glib());
            assert_ne!(id, 0, "signal {name:?} is registered by class_init");
            let details = details.iter().map(|d| glib::ffi::g_quark_from_static_string(d.as_ptr())).collect();
            ResolvedSignal { id, details }
        }
    }

    /// Emits the signal, which takes no argument, on `object`, with detail number `detail`
    /// (none for a detail newer than the table, as for a signal without details).
    pub(crate) fn emit(&self, object: &impl glib::prelude::IsA<glib::Object>, detail: Option<u32>) {
        let quark = detail.and_then(|d| self.details.get(d as usize)).copied().unwrap_or(0);
        // SAFETY: the signal belongs to the object's type (the caller resolved it on that
        // type) and takes no arguments; `object` stays alive through the call.
        unsafe { gobject_ffi::g_signal_emit(object.as_ptr() as *mut gobject_ffi::GObject, self.id, quark) }
    }

    /// Emits the signal, which takes one object argument, on `object` with `argument`.
    pub(crate) fn emit_with_object(&self, object: &impl glib::prelude::IsA<glib::Object>, argument: &impl glib::prelude::IsA<glib::Object>) {
        // SAFETY: as for `emit`; the signal's one parameter is an object type that `argument`
        // is an instance of (the caller resolved the signal knowing its parameter), and both
        // stay alive through the call.
        unsafe {
            gobject_ffi::g_signal_emit(object.as_ptr() as *mut gobject_ffi::GObject, self.id, 0, argument.as_ptr() as glib::ffi::gpointer)
        }
    }
}
