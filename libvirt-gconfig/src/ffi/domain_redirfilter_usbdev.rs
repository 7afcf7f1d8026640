//! C ABI of `GVirConfigDomainRedirfilterUsbdev` (`<usbdev>`), beyond libvirt-glib.

use std::ffi::c_char;

use glib::translate::IntoGlib;

use super::accessor_fns::{setter, string_getter, value_getter};
use super::device_accessors::*;
use super::{opt_str, GObjectPtr};
use crate::{ConfigObject, DomainRedirfilterUsbdev};

export_get_type! {
    gvir_config_domain_redirfilter_usbdev_get_type => DomainRedirfilterUsbdev,
}

export_new!(gvir_config_domain_redirfilter_usbdev_new, DomainRedirfilterUsbdev::new());
export_new_from_xml!(gvir_config_domain_redirfilter_usbdev_new_from_xml, |xml| ConfigObject::parse_opt::<
    DomainRedirfilterUsbdev,
>(
    xml,
    "usbdev",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_get_class(usbdev: GObjectPtr) -> i32 {
    value_getter::<DomainRedirfilterUsbdev, i32>(
        usbdev,
        c"gvir_config_domain_redirfilter_usbdev_get_class",
        "usbdev",
        -1,
        |o| o.class().map_or(-1, i32::from),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_set_class(usbdev: GObjectPtr, usb_class: i32) {
    if usb_class > 0xff {
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_redirfilter_usbdev_set_class",
            c"usb_class <= 0xff",
        );
    }
    setter::<DomainRedirfilterUsbdev>(usbdev, c"gvir_config_domain_redirfilter_usbdev_set_class", "usbdev", |o| {
        o.set_class(u8::try_from(usb_class).ok())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_get_vendor(usbdev: GObjectPtr) -> i32 {
    value_getter::<DomainRedirfilterUsbdev, i32>(
        usbdev,
        c"gvir_config_domain_redirfilter_usbdev_get_vendor",
        "usbdev",
        -1,
        |o| o.vendor().map_or(-1, i32::from),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_set_vendor(usbdev: GObjectPtr, vendor: i32) {
    if vendor > 0xffff {
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_redirfilter_usbdev_set_vendor",
            c"vendor <= 0xffff",
        );
    }
    setter::<DomainRedirfilterUsbdev>(usbdev, c"gvir_config_domain_redirfilter_usbdev_set_vendor", "usbdev", |o| {
        o.set_vendor(u16::try_from(vendor).ok())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_get_product(usbdev: GObjectPtr) -> i32 {
    value_getter::<DomainRedirfilterUsbdev, i32>(
        usbdev,
        c"gvir_config_domain_redirfilter_usbdev_get_product",
        "usbdev",
        -1,
        |o| o.product().map_or(-1, i32::from),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_set_product(usbdev: GObjectPtr, product: i32) {
    if product > 0xffff {
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_redirfilter_usbdev_set_product",
            c"product <= 0xffff",
        );
    }
    setter::<DomainRedirfilterUsbdev>(usbdev, c"gvir_config_domain_redirfilter_usbdev_set_product", "usbdev", |o| {
        o.set_product(u16::try_from(product).ok())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_get_version(usbdev: GObjectPtr) -> *const c_char {
    string_getter::<DomainRedirfilterUsbdev>(
        usbdev,
        c"gvir_config_domain_redirfilter_usbdev_get_version",
        "usbdev",
        |o| o.version(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_set_version(usbdev: GObjectPtr, version: *const c_char) {
    let version = opt_str(version);
    setter::<DomainRedirfilterUsbdev>(usbdev, c"gvir_config_domain_redirfilter_usbdev_set_version", "usbdev", |o| {
        o.set_version(version.as_deref())
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_get_allow(usbdev: GObjectPtr) -> glib::ffi::gboolean {
    value_getter::<DomainRedirfilterUsbdev, glib::ffi::gboolean>(
        usbdev,
        c"gvir_config_domain_redirfilter_usbdev_get_allow",
        "usbdev",
        glib::ffi::GFALSE,
        |o| o.allow().into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_redirfilter_usbdev_set_allow(
    usbdev: GObjectPtr,
    allow: glib::ffi::gboolean,
) {
    setter::<DomainRedirfilterUsbdev>(usbdev, c"gvir_config_domain_redirfilter_usbdev_set_allow", "usbdev", |o| {
        o.set_allow(allow != glib::ffi::GFALSE)
    })
}
