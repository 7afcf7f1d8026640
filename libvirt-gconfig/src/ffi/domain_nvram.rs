//! C ABI of `GVirConfigDomainNvram` (`<nvram>`), beyond libvirt-glib.

use std::ffi::c_char;

use super::accessor_fns::{setter, string_getter, value_getter};
use super::device_accessors::*;
use super::GObjectPtr;
use crate::{ConfigObject, DomainNvram};

export_get_type! {
    gvir_config_domain_nvram_get_type => DomainNvram,
}

export_new!(gvir_config_domain_nvram_new, DomainNvram::new());
export_new_from_xml!(gvir_config_domain_nvram_new_from_xml, |xml| ConfigObject::parse_opt::<DomainNvram>(
    xml,
    "nvram",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_nvram_get_address_type(nvram: GObjectPtr) -> *const c_char {
    string_getter::<DomainNvram>(nvram, c"gvir_config_domain_nvram_get_address_type", "nvram", |o| o.address_type())
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_nvram_get_spapr_vio_reg(nvram: GObjectPtr) -> u64 {
    value_getter::<DomainNvram, u64>(nvram, c"gvir_config_domain_nvram_get_spapr_vio_reg", "nvram", 0, |o| {
        o.spapr_vio_reg().unwrap_or(0)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_nvram_set_spapr_vio_reg(nvram: GObjectPtr, reg: u64) {
    setter::<DomainNvram>(nvram, c"gvir_config_domain_nvram_set_spapr_vio_reg", "nvram", |o| o.set_spapr_vio_reg(reg))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_nvram_set_address(nvram: GObjectPtr, address: GObjectPtr) {
    let address = if address.is_null() {
        None
    } else {
        match capi_support::object_arg::<crate::DomainAddress>(
            address,
            None,
            c"gvir_config_domain_nvram_set_address",
            "address",
        ) {
            Some(address) => Some(address),
            None => return,
        }
    };
    setter::<DomainNvram>(nvram, c"gvir_config_domain_nvram_set_address", "nvram", |o| {
        o.set_address(address.as_deref())
    })
}
