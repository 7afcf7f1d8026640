//! C ABI of `GVirConfigDomainInterface`, its bridge/network/user kinds, and its filterref.

use capi_support::guard;

use super::{full, object_arg, GObjectPtr};
use crate::domain::interface::parse_of_kind;
use crate::{
    ConfigObject, DomainInterface, DomainInterfaceBridge, DomainInterfaceExt, DomainInterfaceFilterref,
    DomainInterfaceFilterrefParameter, DomainInterfaceLinkState, DomainInterfaceNetwork, DomainInterfaceUser,
};

ffi_get_type!(gvir_config_domain_interface_get_type, DomainInterface);
ffi_get_type!(gvir_config_domain_interface_link_state_get_type, DomainInterfaceLinkState);

ffi_str_getter!(gvir_config_domain_interface_get_ifname, interface: DomainInterface, |i: &DomainInterface| i.ifname());
ffi_str_setter!(gvir_config_domain_interface_set_ifname, interface: DomainInterface, |i: &DomainInterface, v: Option<&str>| i.set_ifname(v));
ffi_str_getter!(gvir_config_domain_interface_get_mac, interface: DomainInterface, |i: &DomainInterface| i.mac());
ffi_str_setter!(gvir_config_domain_interface_set_mac, interface: DomainInterface, |i: &DomainInterface, v: Option<&str>| i.set_mac(v));
ffi_str_getter!(gvir_config_domain_interface_get_model, interface: DomainInterface, |i: &DomainInterface| i.model());
ffi_str_setter!(gvir_config_domain_interface_set_model, interface: DomainInterface, |i: &DomainInterface, v: Option<&str>| i.set_model(v));
ffi_enum_getter!(gvir_config_domain_interface_get_link_state, interface: DomainInterface, DomainInterfaceLinkState::Default, |i: &DomainInterface| i.link_state());
ffi_enum_setter!(gvir_config_domain_interface_set_link_state, interface: DomainInterface, DomainInterfaceLinkState, |i: &DomainInterface, v| i.set_link_state(v));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_interface_get_filterref(interface: GObjectPtr) -> GObjectPtr {
    let interface = object_arg!(interface as DomainInterface, c"gvir_config_domain_interface_get_filterref", std::ptr::null_mut());
    guard("gvir_config_domain_interface_get_filterref", std::ptr::null_mut(), || {
        interface.filterref().map_or(std::ptr::null_mut(), full)
    })
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_interface_set_filterref(interface: GObjectPtr, filterref: GObjectPtr) {
    let interface = object_arg!(interface as DomainInterface, c"gvir_config_domain_interface_set_filterref", ());
    if filterref.is_null() {
        return guard("gvir_config_domain_interface_set_filterref", (), || interface.set_filterref(None));
    }
    let filterref = object_arg!(filterref as DomainInterfaceFilterref, c"gvir_config_domain_interface_set_filterref", ());
    guard("gvir_config_domain_interface_set_filterref", (), || interface.set_filterref(Some(&*filterref)))
}

ffi_get_type!(gvir_config_domain_interface_bridge_get_type, DomainInterfaceBridge);
ffi_new!(gvir_config_domain_interface_bridge_new, DomainInterfaceBridge::new());
ffi_new_from_xml!(gvir_config_domain_interface_bridge_new_from_xml, |xml| {
    parse_of_kind::<DomainInterfaceBridge>(xml, "interface", "bridge")
});
ffi_str_setter!(gvir_config_domain_interface_bridge_set_source, interface: DomainInterfaceBridge, |i: &DomainInterfaceBridge, v: Option<&str>| i.set_source(v));

ffi_get_type!(gvir_config_domain_interface_network_get_type, DomainInterfaceNetwork);
ffi_new!(gvir_config_domain_interface_network_new, DomainInterfaceNetwork::new());
ffi_new_from_xml!(gvir_config_domain_interface_network_new_from_xml, |xml| {
    parse_of_kind::<DomainInterfaceNetwork>(xml, "interface", "network")
});
ffi_str_setter!(gvir_config_domain_interface_network_set_source, interface: DomainInterfaceNetwork, |i: &DomainInterfaceNetwork, v: Option<&str>| i.set_source(v));

ffi_get_type!(gvir_config_domain_interface_user_get_type, DomainInterfaceUser);
ffi_new!(gvir_config_domain_interface_user_new, DomainInterfaceUser::new());
ffi_new_from_xml!(gvir_config_domain_interface_user_new_from_xml, |xml| {
    parse_of_kind::<DomainInterfaceUser>(xml, "interface", "user")
});

ffi_get_type!(gvir_config_domain_interface_filterref_get_type, DomainInterfaceFilterref);
ffi_new!(gvir_config_domain_interface_filterref_new, DomainInterfaceFilterref::new());
ffi_new_from_xml!(gvir_config_domain_interface_filterref_new_from_xml, |xml| {
    ConfigObject::parse_opt::<DomainInterfaceFilterref>(xml, "filterref", None)
});
ffi_str_getter!(gvir_config_domain_interface_filterref_get_name, filterref: DomainInterfaceFilterref, |f: &DomainInterfaceFilterref| f.name());
ffi_str_setter!(gvir_config_domain_interface_filterref_set_name, filterref: DomainInterfaceFilterref, |f: &DomainInterfaceFilterref, v: Option<&str>| f.set_name(v));

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_interface_filterref_add_parameter(filterref: GObjectPtr, parameter: GObjectPtr) {
    let filterref = object_arg!(filterref as DomainInterfaceFilterref, c"gvir_config_domain_interface_filterref_add_parameter", ());
    let parameter = object_arg!(parameter as DomainInterfaceFilterrefParameter, c"gvir_config_domain_interface_filterref_add_parameter", ());
    guard("gvir_config_domain_interface_filterref_add_parameter", (), || filterref.add_parameter(&parameter))
}

#[no_mangle]
pub unsafe extern "C" fn gvir_config_domain_interface_filterref_get_parameters(filterref: GObjectPtr) -> *mut glib::ffi::GList {
    let filterref = object_arg!(filterref as DomainInterfaceFilterref, c"gvir_config_domain_interface_filterref_get_parameters", std::ptr::null_mut());
    guard("gvir_config_domain_interface_filterref_get_parameters", std::ptr::null_mut(), || {
        capi_support::object_list_full(filterref.parameters())
    })
}

ffi_get_type!(gvir_config_domain_interface_filterref_parameter_get_type, DomainInterfaceFilterrefParameter);
ffi_new!(gvir_config_domain_interface_filterref_parameter_new, DomainInterfaceFilterrefParameter::new());
ffi_new_from_xml!(gvir_config_domain_interface_filterref_parameter_new_from_xml, |xml| {
    ConfigObject::parse_opt::<DomainInterfaceFilterrefParameter>(xml, "parameter", None)
});
ffi_str_getter!(gvir_config_domain_interface_filterref_parameter_get_name, parameter: DomainInterfaceFilterrefParameter, |p: &DomainInterfaceFilterrefParameter| p.name());
ffi_str_setter!(gvir_config_domain_interface_filterref_parameter_set_name, parameter: DomainInterfaceFilterrefParameter, |p: &DomainInterfaceFilterrefParameter, v: Option<&str>| p.set_name(v));
ffi_str_getter!(gvir_config_domain_interface_filterref_parameter_get_value, parameter: DomainInterfaceFilterrefParameter, |p: &DomainInterfaceFilterrefParameter| p.value());
ffi_str_setter!(gvir_config_domain_interface_filterref_parameter_set_value, parameter: DomainInterfaceFilterrefParameter, |p: &DomainInterfaceFilterrefParameter, v: Option<&str>| p.set_value(v));
