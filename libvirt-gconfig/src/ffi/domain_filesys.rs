//! C ABI of `GVirConfigDomainFilesys`.

use super::device_accessors::*;
use super::GObjectPtr;
use crate::{ConfigObject, DomainDiskFormat, DomainFilesys, DomainFilesysAccessType, DomainFilesysDriverType, DomainFilesysType};

fn parse(xml: Option<&[u8]>) -> Result<DomainFilesys, glib::Error> {
    ConfigObject::parse_opt(xml, "filesystem", None)
}

export_get_type! {
    gvir_config_domain_filesys_get_type => DomainFilesys,
    gvir_config_domain_filesys_type_get_type => DomainFilesysType,
    gvir_config_domain_filesys_access_type_get_type => DomainFilesysAccessType,
    gvir_config_domain_filesys_driver_type_get_type => DomainFilesysDriverType,
}

export_new!(gvir_config_domain_filesys_new, DomainFilesys::new());
export_new_from_xml!(gvir_config_domain_filesys_new_from_xml, parse);

export_enum_setter!(gvir_config_domain_filesys_set_type, filesys: DomainFilesys, set_filesys_type, DomainFilesysType);
export_enum_setter!(gvir_config_domain_filesys_set_access_type, filesys: DomainFilesys, set_access_type, DomainFilesysAccessType);
export_enum_setter!(gvir_config_domain_filesys_set_driver_type, filesys: DomainFilesys, set_driver_type, DomainFilesysDriverType);
export_enum_setter!(gvir_config_domain_filesys_set_driver_format, filesys: DomainFilesys, set_driver_format, DomainDiskFormat);
export_str_setter!(gvir_config_domain_filesys_set_target, filesys: DomainFilesys, set_target);
export_bool_setter!(gvir_config_domain_filesys_set_readonly, filesys: DomainFilesys, set_readonly);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_filesys_set_source(filesys: GObjectPtr, source: *const std::ffi::c_char) {
    let filesys = self_arg!(filesys as DomainFilesys, gvir_config_domain_filesys_set_source);
    if filesys.filesys_type() == DomainFilesysType::Ram {
        // A RAM filesystem has a size (set_ram_usage), not a source.
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_filesys_set_source",
            c"filesystem type != GVIR_CONFIG_DOMAIN_FILESYS_RAM",
        );
    }
    capi_support::guard("gvir_config_domain_filesys_set_source", (), || filesys.set_source(super::opt_str(source).as_deref()))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_filesys_set_ram_usage(filesys: GObjectPtr, bytes: u64) {
    let filesys = self_arg!(filesys as DomainFilesys, gvir_config_domain_filesys_set_ram_usage);
    if filesys.filesys_type() != DomainFilesysType::Ram {
        return capi_support::return_if_fail_warning(
            None,
            c"gvir_config_domain_filesys_set_ram_usage",
            c"filesystem type == GVIR_CONFIG_DOMAIN_FILESYS_RAM",
        );
    }
    capi_support::guard("gvir_config_domain_filesys_set_ram_usage", (), || filesys.set_ram_usage(bytes))
}
