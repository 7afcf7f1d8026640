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

/// Emits `name` (optionally with `detail`, as in `"started::booted"`) on `object`, which
/// takes no arguments.
pub(crate) fn emit_detailed(object: &impl glib::prelude::IsA<glib::Object>, name: &str, detail: Option<&str>) {
    use glib::prelude::*;
    let object = object.upcast_ref::<glib::Object>();
    let signal = glib::subclass::SignalId::lookup(name, object.type_()).expect("signal registered by class_init");
    match detail {
        Some(detail) => object.emit_with_details::<()>(signal, glib::Quark::from_str(detail), &[]),
        None => object.emit::<()>(signal, &[]),
    }
}
