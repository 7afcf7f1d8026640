//! C ABI of `GVirConfigDomainPanic` (`<panic>`), beyond libvirt-glib.

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, value_getter};
use super::device_accessors::*;
use super::GObjectPtr;
use crate::{ConfigObject, DomainPanic, DomainPanicModel};

export_get_type! {
    gvir_config_domain_panic_get_type => DomainPanic,
    gvir_config_domain_panic_model_get_type => DomainPanicModel,
}

export_new!(gvir_config_domain_panic_new, DomainPanic::new());
export_new_from_xml!(gvir_config_domain_panic_new_from_xml, |xml| ConfigObject::parse_opt::<DomainPanic>(
    xml,
    "panic",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_panic_get_model(panic: GObjectPtr) -> i32 {
    value_getter::<DomainPanic, i32>(
        panic,
        c"gvir_config_domain_panic_get_model",
        "panic",
        DomainPanicModel::Isa.into_glib(),
        |o| o.model().unwrap_or(DomainPanicModel::Isa).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_panic_set_model(panic: GObjectPtr, model: i32) {
    setter::<DomainPanic>(panic, c"gvir_config_domain_panic_set_model", "panic", |o| {
        if let Some(model) = enum_arg::<DomainPanicModel>(
            model,
            c"gvir_config_domain_panic_set_model",
            c"model is a GVirConfigDomainPanicModel",
        ) {
            o.set_model(model)
        }
    })
}
