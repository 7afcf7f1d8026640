//! C ABI of `GVirConfigDomainRedirfilter` (`<redirfilter>`), beyond libvirt-glib.

use super::accessor_fns::{list_getter, setter};
use super::device_accessors::*;
use super::GObjectPtr;
use crate::{ConfigObject, DomainRedirfilter};

export_get_type! {
    gvir_config_domain_redirfilter_get_type => DomainRedirfilter,
}

export_new!(gvir_config_domain_redirfilter_new, DomainRedirfilter::new());
export_new_from_xml!(gvir_config_domain_redirfilter_new_from_xml, |xml| ConfigObject::parse_opt::<DomainRedirfilter>(
    xml,
    "redirfilter",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_add_usbdev(redirfilter: GObjectPtr, usbdev: GObjectPtr) {
    let Some(usbdev) = capi_support::object_arg::<crate::DomainRedirfilterUsbdev>(
        usbdev,
        None,
        c"gvir_config_domain_redirfilter_add_usbdev",
        "usbdev",
    ) else {
        return;
    };
    setter::<DomainRedirfilter>(redirfilter, c"gvir_config_domain_redirfilter_add_usbdev", "redirfilter", |o| {
        o.add_usbdev(&usbdev)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_get_usbdevs(redirfilter: GObjectPtr) -> *mut glib::ffi::GList {
    list_getter::<DomainRedirfilter, _>(
        redirfilter,
        c"gvir_config_domain_redirfilter_get_usbdevs",
        "redirfilter",
        |o| o.usbdevs(),
    )
}
