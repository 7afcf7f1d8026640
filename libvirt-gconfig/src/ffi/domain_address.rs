//! C ABI of `GVirConfigDomainAddress`, `GVirConfigDomainAddressPci` and
//! `GVirConfigDomainAddressUsb`.

use super::device_accessors::*;
use super::GObjectPtr;
use crate::{DomainAddress, DomainAddressPci, DomainAddressUsb};

export_get_type! {
    gvir_config_domain_address_get_type => DomainAddress,
    gvir_config_domain_address_pci_get_type => DomainAddressPci,
    gvir_config_domain_address_usb_get_type => DomainAddressUsb,
}

export_new!(gvir_config_domain_address_pci_new, DomainAddressPci::new());
export_new_from_xml!(gvir_config_domain_address_pci_new_from_xml, DomainAddressPci::from_xml_opt);
export_value_getter!(gvir_config_domain_address_pci_get_domain, address: DomainAddressPci, domain, i32, -1);
export_value_setter!(gvir_config_domain_address_pci_set_domain, address: DomainAddressPci, set_domain, u16);
export_value_getter!(gvir_config_domain_address_pci_get_bus, address: DomainAddressPci, bus, i32, -1);
export_value_setter!(gvir_config_domain_address_pci_set_bus, address: DomainAddressPci, set_bus, u8);
export_value_getter!(gvir_config_domain_address_pci_get_slot, address: DomainAddressPci, slot, i32, -1);
export_value_getter!(gvir_config_domain_address_pci_get_function, address: DomainAddressPci, function, i32, -1);
export_bool_getter!(gvir_config_domain_address_pci_get_multifunction, address: DomainAddressPci, multifunction);
export_bool_setter!(gvir_config_domain_address_pci_set_multifunction, address: DomainAddressPci, set_multifunction);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_address_pci_set_slot(address: GObjectPtr, slot: u8) {
    let address = self_arg!(address as DomainAddressPci, gvir_config_domain_address_pci_set_slot);
    if slot > crate::domain::address_pci::MAX_SLOT {
        return capi_support::return_if_fail_warning(None, c"gvir_config_domain_address_pci_set_slot", c"slot <= 0x1f");
    }
    capi_support::guard("gvir_config_domain_address_pci_set_slot", (), || address.set_slot(slot))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_address_pci_set_function(address: GObjectPtr, function: u8) {
    let address = self_arg!(address as DomainAddressPci, gvir_config_domain_address_pci_set_function);
    if function > crate::domain::address_pci::MAX_FUNCTION {
        return capi_support::return_if_fail_warning(None, c"gvir_config_domain_address_pci_set_function", c"function <= 7");
    }
    capi_support::guard("gvir_config_domain_address_pci_set_function", (), || address.set_function(function))
}

export_new!(gvir_config_domain_address_usb_new, DomainAddressUsb::new());
export_new_from_xml!(gvir_config_domain_address_usb_new_from_xml, DomainAddressUsb::from_xml_opt);
export_str_setter!(gvir_config_domain_address_usb_set_port, address: DomainAddressUsb, set_port);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_address_usb_set_bus(address: GObjectPtr, bus: u16) {
    let address = self_arg!(address as DomainAddressUsb, gvir_config_domain_address_usb_set_bus);
    if bus > crate::domain::address_usb::MAX_BUS {
        return capi_support::return_if_fail_warning(None, c"gvir_config_domain_address_usb_set_bus", c"bus <= 0xfff");
    }
    capi_support::guard("gvir_config_domain_address_usb_set_bus", (), || address.set_bus(bus))
}
