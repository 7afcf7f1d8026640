//! C ABI of `GVirConfigDomainHostdev` and `GVirConfigDomainHostdevPci`.

use super::device_accessors::*;
use super::{full, GObjectPtr};
use crate::{DomainAddressPci, DomainHostdev, DomainHostdevExt, DomainHostdevPci};

export_get_type! {
    gvir_config_domain_hostdev_get_type => DomainHostdev,
    gvir_config_domain_hostdev_pci_get_type => DomainHostdevPci,
}

export_value_getter!(gvir_config_domain_hostdev_get_boot_order, hostdev: DomainHostdev, boot_order, i32, -1);
export_value_setter!(gvir_config_domain_hostdev_set_boot_order, hostdev: DomainHostdev, set_boot_order, i32);
export_bool_getter!(gvir_config_domain_hostdev_get_readonly, hostdev: DomainHostdev, readonly);
export_bool_setter!(gvir_config_domain_hostdev_set_readonly, hostdev: DomainHostdev, set_readonly);
export_bool_getter!(gvir_config_domain_hostdev_get_shareable, hostdev: DomainHostdev, shareable);
export_bool_setter!(gvir_config_domain_hostdev_set_shareable, hostdev: DomainHostdev, set_shareable);

export_new!(gvir_config_domain_hostdev_pci_new, DomainHostdevPci::new());
export_new_from_xml!(gvir_config_domain_hostdev_pci_new_from_xml, DomainHostdevPci::from_xml_opt);
export_bool_getter!(gvir_config_domain_hostdev_pci_get_managed, hostdev: DomainHostdevPci, managed);
export_bool_setter!(gvir_config_domain_hostdev_pci_set_managed, hostdev: DomainHostdevPci, set_managed);
export_str_getter!(gvir_config_domain_hostdev_pci_get_rom_file, hostdev: DomainHostdevPci, rom_file);
export_str_setter!(gvir_config_domain_hostdev_pci_set_rom_file, hostdev: DomainHostdevPci, set_rom_file);
export_bool_getter!(gvir_config_domain_hostdev_pci_get_rom_bar, hostdev: DomainHostdevPci, rom_bar);
export_bool_setter!(gvir_config_domain_hostdev_pci_set_rom_bar, hostdev: DomainHostdevPci, set_rom_bar);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_hostdev_pci_get_address(hostdev: GObjectPtr) -> GObjectPtr {
    let hostdev = self_arg!(hostdev as DomainHostdevPci, gvir_config_domain_hostdev_pci_get_address, std::ptr::null_mut());
    capi_support::guard("gvir_config_domain_hostdev_pci_get_address", std::ptr::null_mut(), || {
        hostdev.address().map_or(std::ptr::null_mut(), full)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_hostdev_pci_set_address(hostdev: GObjectPtr, address: GObjectPtr) {
    let hostdev = self_arg!(hostdev as DomainHostdevPci, gvir_config_domain_hostdev_pci_set_address);
    let address = self_arg!(address as DomainAddressPci, gvir_config_domain_hostdev_pci_set_address);
    capi_support::guard("gvir_config_domain_hostdev_pci_set_address", (), || hostdev.set_address(&address))
}
