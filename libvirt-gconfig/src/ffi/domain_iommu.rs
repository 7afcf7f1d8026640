//! C ABI of `GVirConfigDomainIommu` (`<iommu>`), beyond libvirt-glib.

use glib::translate::IntoGlib;

use super::accessor_fns::{enum_arg, setter, value_getter};
use super::device_accessors::*;
use super::GObjectPtr;
use crate::{ConfigObject, DomainIommu, DomainIommuModel};

export_get_type! {
    gvir_config_domain_iommu_get_type => DomainIommu,
    gvir_config_domain_iommu_model_get_type => DomainIommuModel,
}

export_new!(gvir_config_domain_iommu_new, DomainIommu::new());
export_new_from_xml!(gvir_config_domain_iommu_new_from_xml, |xml| ConfigObject::parse_opt::<DomainIommu>(
    xml,
    "iommu",
    Some(crate::domain::SCHEMA)
));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_get_model(iommu: GObjectPtr) -> i32 {
    value_getter::<DomainIommu, i32>(
        iommu,
        c"gvir_config_domain_iommu_get_model",
        "iommu",
        DomainIommuModel::Intel.into_glib(),
        |o| o.model().unwrap_or(DomainIommuModel::Intel).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_set_model(iommu: GObjectPtr, model: i32) {
    setter::<DomainIommu>(iommu, c"gvir_config_domain_iommu_set_model", "iommu", |o| {
        if let Some(model) = enum_arg::<DomainIommuModel>(
            model,
            c"gvir_config_domain_iommu_set_model",
            c"model is a GVirConfigDomainIommuModel",
        ) {
            o.set_model(model)
        }
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_get_driver_intremap(iommu: GObjectPtr) -> glib::ffi::gboolean {
    value_getter::<DomainIommu, glib::ffi::gboolean>(
        iommu,
        c"gvir_config_domain_iommu_get_driver_intremap",
        "iommu",
        glib::ffi::GFALSE,
        |o| o.driver_intremap().unwrap_or(false).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_set_driver_intremap(iommu: GObjectPtr, on: glib::ffi::gboolean) {
    setter::<DomainIommu>(iommu, c"gvir_config_domain_iommu_set_driver_intremap", "iommu", |o| {
        o.set_driver_intremap(on != glib::ffi::GFALSE)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_get_driver_caching_mode(iommu: GObjectPtr) -> glib::ffi::gboolean {
    value_getter::<DomainIommu, glib::ffi::gboolean>(
        iommu,
        c"gvir_config_domain_iommu_get_driver_caching_mode",
        "iommu",
        glib::ffi::GFALSE,
        |o| o.driver_caching_mode().unwrap_or(false).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_set_driver_caching_mode(iommu: GObjectPtr, on: glib::ffi::gboolean) {
    setter::<DomainIommu>(iommu, c"gvir_config_domain_iommu_set_driver_caching_mode", "iommu", |o| {
        o.set_driver_caching_mode(on != glib::ffi::GFALSE)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_get_driver_eim(iommu: GObjectPtr) -> glib::ffi::gboolean {
    value_getter::<DomainIommu, glib::ffi::gboolean>(
        iommu,
        c"gvir_config_domain_iommu_get_driver_eim",
        "iommu",
        glib::ffi::GFALSE,
        |o| o.driver_eim().unwrap_or(false).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_set_driver_eim(iommu: GObjectPtr, on: glib::ffi::gboolean) {
    setter::<DomainIommu>(iommu, c"gvir_config_domain_iommu_set_driver_eim", "iommu", |o| {
        o.set_driver_eim(on != glib::ffi::GFALSE)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_get_driver_iotlb(iommu: GObjectPtr) -> glib::ffi::gboolean {
    value_getter::<DomainIommu, glib::ffi::gboolean>(
        iommu,
        c"gvir_config_domain_iommu_get_driver_iotlb",
        "iommu",
        glib::ffi::GFALSE,
        |o| o.driver_iotlb().unwrap_or(false).into_glib(),
    )
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_set_driver_iotlb(iommu: GObjectPtr, on: glib::ffi::gboolean) {
    setter::<DomainIommu>(iommu, c"gvir_config_domain_iommu_set_driver_iotlb", "iommu", |o| {
        o.set_driver_iotlb(on != glib::ffi::GFALSE)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_get_driver_aw_bits(iommu: GObjectPtr) -> u32 {
    value_getter::<DomainIommu, u32>(iommu, c"gvir_config_domain_iommu_get_driver_aw_bits", "iommu", 0, |o| {
        o.driver_aw_bits().map_or(0, u32::from)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_iommu_set_driver_aw_bits(iommu: GObjectPtr, bits: u8) {
    setter::<DomainIommu>(iommu, c"gvir_config_domain_iommu_set_driver_aw_bits", "iommu", |o| {
        o.set_driver_aw_bits(bits)
    })
}
