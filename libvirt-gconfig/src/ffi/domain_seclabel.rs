//! C ABI of `GVirConfigDomainSeclabel` (`<seclabel>`).

use std::ffi::c_char;

use capi_support::guard;
use glib::ffi::GType;
use glib::prelude::*;
use glib::translate::*;

use super::{constructors, enum_arg, object_arg, opt_str, GObjectPtr};
use crate::{DomainSeclabel, DomainSeclabelType};

#[no_mangle]
pub extern "C" fn gvir_config_domain_seclabel_get_type() -> GType {
    DomainSeclabel::static_type().into_glib()
}

#[no_mangle]
pub extern "C" fn gvir_config_domain_seclabel_type_get_type() -> GType {
    DomainSeclabelType::static_type().into_glib()
}

constructors!(gvir_config_domain_seclabel_new, gvir_config_domain_seclabel_new_from_xml, DomainSeclabel, "seclabel");

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_seclabel_set_type(seclabel: GObjectPtr, type_: i32) {
    let seclabel = object_arg!(seclabel as DomainSeclabel, c"gvir_config_domain_seclabel_set_type", ());
    if let Some(label_type) = enum_arg(type_, c"gvir_config_domain_seclabel_set_type", "type") {
        guard("gvir_config_domain_seclabel_set_type", (), || seclabel.set_label_type(label_type))
    }
}

/// `void set(GVirConfigDomainSeclabel *seclabel, const gchar *value)`; NULL removes the value.
macro_rules! optional_text {
    ($($function:ident => $setter:ident),* $(,)?) => {
        $(
            #[no_mangle]
            pub unsafe extern "C" fn $function(seclabel: GObjectPtr, value: *const c_char) {
                let seclabel = object_arg!(seclabel as DomainSeclabel, capi_support::c_name!($function), ());
                guard(stringify!($function), (), || seclabel.$setter(opt_str(value).as_deref()))
            }
        )*
    };
}

optional_text! {
    gvir_config_domain_seclabel_set_model => set_model,
    gvir_config_domain_seclabel_set_baselabel => set_baselabel,
    gvir_config_domain_seclabel_set_label => set_label,
}
