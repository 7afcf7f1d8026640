//! C ABI of `GVirConfigDomainHub` (`<hub>`), beyond libvirt-glib.

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, value_getter};
use super::device_accessors::*;
use super::GObjectPtr;
use crate::{ConfigObject, DomainHub, DomainHubType};

export_get_type! {
    gvir_config_domain_hub_get_type => DomainHub,
    gvir_config_domain_hub_type_get_type => DomainHubType,
}

export_new!(gvir_config_domain_hub_new, DomainHub::new());
export_new_from_xml!(gvir_config_domain_hub_new_from_xml, |xml| ConfigObject::parse_opt::<DomainHub>(
    xml,
    "hub",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_hub_get_hub_type(hub: GObjectPtr) -> i32 {
    value_getter::<DomainHub, i32>(
        hub,
        c"gvir_config_domain_hub_get_hub_type",
        "hub",
        DomainHubType::Usb.into_glib(),
        |o| o.hub_type().unwrap_or(DomainHubType::Usb).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_hub_set_hub_type(hub: GObjectPtr, hub_type: i32) {
    setter::<DomainHub>(hub, c"gvir_config_domain_hub_set_hub_type", "hub", |o| {
        if let Some(hub_type) = enum_arg::<DomainHubType>(
            hub_type,
            c"gvir_config_domain_hub_set_hub_type",
            c"hub_type is a GVirConfigDomainHubType",
        ) {
            o.set_hub_type(hub_type)
        }
    })
}
