//! C ABI of `GVirConfigDomainDisk` and `GVirConfigDomainDiskDriver`.

use super::device_accessors::*;
use super::{full, GObjectPtr};
use crate::{
    ConfigObject, DomainDisk, DomainDiskBus, DomainDiskCacheType, DomainDiskDriver, DomainDiskDriverDiscard,
    DomainDiskDriverErrorPolicy, DomainDiskDriverIoPolicy, DomainDiskFormat, DomainDiskGuestDeviceType, DomainDiskSnapshotType,
    DomainDiskStartupPolicy, DomainDiskType,
};

fn parse_disk(xml: Option<&[u8]>) -> Result<DomainDisk, glib::Error> {
    ConfigObject::parse_opt(xml, "disk", None)
}

fn parse_driver(xml: Option<&[u8]>) -> Result<DomainDiskDriver, glib::Error> {
    ConfigObject::parse_opt(xml, "driver", None)
}

export_get_type! {
    gvir_config_domain_disk_get_type => DomainDisk,
    gvir_config_domain_disk_type_get_type => DomainDiskType,
    gvir_config_domain_disk_bus_get_type => DomainDiskBus,
    gvir_config_domain_disk_guest_device_type_get_type => DomainDiskGuestDeviceType,
    gvir_config_domain_disk_snapshot_type_get_type => DomainDiskSnapshotType,
    gvir_config_domain_disk_startup_policy_get_type => DomainDiskStartupPolicy,
    gvir_config_domain_disk_cache_type_get_type => DomainDiskCacheType,
    gvir_config_domain_disk_format_get_type => DomainDiskFormat,
    gvir_config_domain_disk_driver_get_type => DomainDiskDriver,
    gvir_config_domain_disk_driver_error_policy_get_type => DomainDiskDriverErrorPolicy,
    gvir_config_domain_disk_driver_io_policy_get_type => DomainDiskDriverIoPolicy,
    gvir_config_domain_disk_driver_discard_get_type => DomainDiskDriverDiscard,
}

export_new!(gvir_config_domain_disk_new, DomainDisk::new());
export_new_from_xml!(gvir_config_domain_disk_new_from_xml, parse_disk);

export_enum_getter!(gvir_config_domain_disk_get_disk_type, disk: DomainDisk, disk_type, DomainDiskType::File);
export_enum_setter!(gvir_config_domain_disk_set_type, disk: DomainDisk, set_disk_type, DomainDiskType);
export_enum_getter!(gvir_config_domain_disk_get_guest_device_type, disk: DomainDisk, guest_device_type, DomainDiskGuestDeviceType::Disk);
export_enum_setter!(gvir_config_domain_disk_set_guest_device_type, disk: DomainDisk, set_guest_device_type, DomainDiskGuestDeviceType);
export_enum_getter!(gvir_config_domain_disk_get_snapshot_type, disk: DomainDisk, snapshot_type, DomainDiskSnapshotType::No);
export_enum_setter!(gvir_config_domain_disk_set_snapshot_type, disk: DomainDisk, set_snapshot_type, DomainDiskSnapshotType);
export_enum_getter!(gvir_config_domain_disk_get_startup_policy, disk: DomainDisk, startup_policy, DomainDiskStartupPolicy::Mandatory);
export_enum_setter!(gvir_config_domain_disk_set_startup_policy, disk: DomainDisk, set_startup_policy, DomainDiskStartupPolicy);
export_str_getter!(gvir_config_domain_disk_get_source, disk: DomainDisk, source);
export_str_setter!(gvir_config_domain_disk_set_source, disk: DomainDisk, set_source);
export_enum_getter!(gvir_config_domain_disk_get_driver_cache, disk: DomainDisk, driver_cache, DomainDiskCacheType::Default);
export_enum_setter!(gvir_config_domain_disk_set_driver_cache, disk: DomainDisk, set_driver_cache, DomainDiskCacheType);
export_str_getter!(gvir_config_domain_disk_get_driver_name, disk: DomainDisk, driver_name);
export_str_setter!(gvir_config_domain_disk_set_driver_name, disk: DomainDisk, set_driver_name);
export_str_getter!(gvir_config_domain_disk_get_driver_type, disk: DomainDisk, driver_type);
export_str_setter!(gvir_config_domain_disk_set_driver_type, disk: DomainDisk, set_driver_type);
export_enum_getter!(gvir_config_domain_disk_get_driver_format, disk: DomainDisk, driver_format, DomainDiskFormat::Raw);
export_enum_setter!(gvir_config_domain_disk_set_driver_format, disk: DomainDisk, set_driver_format, DomainDiskFormat);
export_enum_getter!(gvir_config_domain_disk_get_target_bus, disk: DomainDisk, target_bus, DomainDiskBus::Ide);
export_enum_setter!(gvir_config_domain_disk_set_target_bus, disk: DomainDisk, set_target_bus, DomainDiskBus);
export_str_getter!(gvir_config_domain_disk_get_target_dev, disk: DomainDisk, target_dev);
export_str_setter!(gvir_config_domain_disk_set_target_dev, disk: DomainDisk, set_target_dev);
export_bool_setter!(gvir_config_domain_disk_set_readonly, disk: DomainDisk, set_readonly);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_disk_get_driver(disk: GObjectPtr) -> GObjectPtr {
    let disk = self_arg!(disk as DomainDisk, gvir_config_domain_disk_get_driver, std::ptr::null_mut());
    capi_support::guard("gvir_config_domain_disk_get_driver", std::ptr::null_mut(), || {
        disk.driver().map_or(std::ptr::null_mut(), full)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_disk_set_driver(disk: GObjectPtr, driver: GObjectPtr) {
    let disk = self_arg!(disk as DomainDisk, gvir_config_domain_disk_set_driver);
    if driver.is_null() {
        return capi_support::guard("gvir_config_domain_disk_set_driver", (), || disk.set_driver(None::<&DomainDiskDriver>));
    }
    let driver = self_arg!(driver as DomainDiskDriver, gvir_config_domain_disk_set_driver);
    capi_support::guard("gvir_config_domain_disk_set_driver", (), || disk.set_driver(Some(&*driver)))
}

export_new!(gvir_config_domain_disk_driver_new, DomainDiskDriver::new());
export_new_from_xml!(gvir_config_domain_disk_driver_new_from_xml, parse_driver);

export_enum_getter!(gvir_config_domain_disk_driver_get_cache, driver: DomainDiskDriver, cache, DomainDiskCacheType::Default);
export_enum_setter!(gvir_config_domain_disk_driver_set_cache, driver: DomainDiskDriver, set_cache, DomainDiskCacheType);
export_str_getter!(gvir_config_domain_disk_driver_get_name, driver: DomainDiskDriver, name);
export_str_setter!(gvir_config_domain_disk_driver_set_name, driver: DomainDiskDriver, set_name);
export_enum_getter!(
    gvir_config_domain_disk_driver_get_error_policy,
    driver: DomainDiskDriver,
    error_policy,
    DomainDiskDriverErrorPolicy::Report
);
export_enum_setter!(gvir_config_domain_disk_driver_set_error_policy, driver: DomainDiskDriver, set_error_policy, DomainDiskDriverErrorPolicy);
export_enum_getter!(gvir_config_domain_disk_driver_get_format, driver: DomainDiskDriver, format, DomainDiskFormat::Raw);
export_enum_setter!(gvir_config_domain_disk_driver_set_format, driver: DomainDiskDriver, set_format, DomainDiskFormat);
export_enum_getter!(gvir_config_domain_disk_driver_get_io_policy, driver: DomainDiskDriver, io_policy, DomainDiskDriverIoPolicy::Threads);
export_enum_setter!(gvir_config_domain_disk_driver_set_io_policy, driver: DomainDiskDriver, set_io_policy, DomainDiskDriverIoPolicy);
export_bool_getter!(gvir_config_domain_disk_driver_get_copy_on_read, driver: DomainDiskDriver, copy_on_read);
export_bool_setter!(gvir_config_domain_disk_driver_set_copy_on_read, driver: DomainDiskDriver, set_copy_on_read);
export_enum_getter!(gvir_config_domain_disk_driver_get_discard, driver: DomainDiskDriver, discard, DomainDiskDriverDiscard::Ignore);
export_enum_setter!(gvir_config_domain_disk_driver_set_discard, driver: DomainDiskDriver, set_discard, DomainDiskDriverDiscard);
