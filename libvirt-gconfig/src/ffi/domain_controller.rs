//! C ABI of `GVirConfigDomainController` and `GVirConfigDomainControllerUsb`.

use super::device_accessors::*;
use super::GObjectPtr;
use crate::{DomainAddress, DomainController, DomainControllerExt, DomainControllerUsb, DomainControllerUsbModel};

export_get_type! {
    gvir_config_domain_controller_get_type => DomainController,
    gvir_config_domain_controller_usb_get_type => DomainControllerUsb,
    gvir_config_domain_controller_usb_model_get_type => DomainControllerUsbModel,
}

export_value_getter!(gvir_config_domain_controller_get_index, controller: DomainController, index, u32, 0);
export_value_setter!(gvir_config_domain_controller_set_index, controller: DomainController, set_index, u32);
export_value_getter!(gvir_config_domain_controller_get_ports, controller: DomainController, ports, u32, 0);
export_value_setter!(gvir_config_domain_controller_set_ports, controller: DomainController, set_ports, u32);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_controller_set_address(controller: GObjectPtr, address: GObjectPtr) {
    let controller = self_arg!(controller as DomainController, gvir_config_domain_controller_set_address);
    if address.is_null() {
        return capi_support::guard("gvir_config_domain_controller_set_address", (), || {
            controller.set_address(None::<&DomainAddress>)
        });
    }
    let address = self_arg!(address as DomainAddress, gvir_config_domain_controller_set_address);
    capi_support::guard("gvir_config_domain_controller_set_address", (), || controller.set_address(Some(&*address)))
}

export_new!(gvir_config_domain_controller_usb_new, DomainControllerUsb::new());
export_new_from_xml!(gvir_config_domain_controller_usb_new_from_xml, DomainControllerUsb::from_xml_opt);
export_enum_setter!(gvir_config_domain_controller_usb_set_model, controller: DomainControllerUsb, set_model, DomainControllerUsbModel);

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_controller_usb_set_master(controller: GObjectPtr, master: GObjectPtr, startport: u32) {
    let controller = self_arg!(controller as DomainControllerUsb, gvir_config_domain_controller_usb_set_master);
    let master = self_arg!(master as DomainControllerUsb, gvir_config_domain_controller_usb_set_master);
    capi_support::guard("gvir_config_domain_controller_usb_set_master", (), || controller.set_master(&*master, startport))
}
