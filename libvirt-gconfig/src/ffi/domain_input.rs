//! C ABI of `GVirConfigDomainInput`.

use crate::{ConfigObject, DomainInput, DomainInputBus, DomainInputDeviceType};

ffi_get_type!(gvir_config_domain_input_get_type, DomainInput);
ffi_get_type!(gvir_config_domain_input_device_type_get_type, DomainInputDeviceType);
ffi_get_type!(gvir_config_domain_input_bus_get_type, DomainInputBus);
ffi_new!(gvir_config_domain_input_new, DomainInput::new());
ffi_new_from_xml!(gvir_config_domain_input_new_from_xml, |xml| ConfigObject::parse_opt::<DomainInput>(xml, "input", None));
ffi_enum_getter!(gvir_config_domain_input_get_device_type, input: DomainInput, DomainInputDeviceType::Mouse, |i: &DomainInput| i.device_type());
ffi_enum_setter!(gvir_config_domain_input_set_device_type, input: DomainInput, DomainInputDeviceType, |i: &DomainInput, v| i.set_device_type(v));
ffi_enum_getter!(gvir_config_domain_input_get_bus, input: DomainInput, DomainInputBus::Ps2, |i: &DomainInput| i.bus());
ffi_enum_setter!(gvir_config_domain_input_set_bus, input: DomainInput, DomainInputBus, |i: &DomainInput, v| i.set_bus(v));
